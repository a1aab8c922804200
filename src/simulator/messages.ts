import type { Resource } from '../scp/endpoints.ts';
import { MAX_LIMIT } from '../scp/list-query.ts';
import { SORT_KEYS } from '../scp/sort-terms.ts';

/**
 * Every message the simulator sends, in both languages SCP answers in (Accept-Language
 * en-US or ko-KR). Gateway messages keep the `HmacValidFail` token in both, as clients match it.
 */
export interface Text {
  en: string;
  ko: string;
}

export type Language = keyof Text;

export function languageOf(acceptLanguage: string | undefined): Language {
  return acceptLanguage?.trim().toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

const hmac = (en: string, ko: string): Text => ({ en: `HmacValidFail: ${en}`, ko: `HmacValidFail: ${ko}` });

export const gatewayText = {
  missingAccessKey: hmac('missing Scp-Accesskey header', 'Scp-Accesskey 헤더가 없습니다'),
  unknownAccessKey: hmac('unknown access key', '등록되지 않은 액세스 키입니다'),
  missingSignature: hmac('missing Scp-Signature header', 'Scp-Signature 헤더가 없습니다'),
  badClientType: hmac('Scp-ClientType must be Openapi', 'Scp-ClientType은 Openapi여야 합니다'),
  badTimestamp: hmac('Scp-Timestamp must be epoch milliseconds', 'Scp-Timestamp는 epoch 밀리초여야 합니다'),
  staleTimestamp: hmac(
    'timestamp is more than 5 minutes away from server time',
    '타임스탬프가 서버 시간과 5분 이상 차이 납니다',
  ),
  signatureMismatch: hmac('signature does not match', '서명이 일치하지 않습니다'),
};

/** What an endpoint's `resource` (src/scp/endpoints.ts) is called in a 404. */
const RESOURCE_NOUNS: Record<Resource | 'resource', Text> = {
  volume: { en: 'Volume', ko: '볼륨' },
  server: { en: 'Server', ko: '서버' },
  snapshot: { en: 'Snapshot', ko: '스냅샷' },
  'volume type': { en: 'Volume type', ko: '볼륨 유형' },
  resource: { en: 'Resource', ko: '리소스' },
};

export const serviceText = {
  badVersion: (raw: string): Text => ({
    en: `Unsupported Scp-Api-Version "${raw}": use "virtualserver 1.0" to "virtualserver 1.5".`,
    ko: `지원하지 않는 Scp-Api-Version "${raw}"입니다. "virtualserver 1.0"~"virtualserver 1.5"를 사용하세요.`,
  }),
  badLimit: (raw: string): Text => ({
    en: `limit must be a whole number from 0 to ${MAX_LIMIT}, got "${raw}".`,
    ko: `limit은 0에서 ${MAX_LIMIT} 사이의 정수여야 합니다. 입력값: "${raw}"`,
  }),
  badOffset: (raw: string): Text => ({
    en: `offset must be a whole number of 0 or more, got "${raw}".`,
    ko: `offset은 0 이상의 정수여야 합니다. 입력값: "${raw}"`,
  }),
  badBoolean: (name: string, raw: string): Text => ({
    en: `${name} must be true or false, got "${raw}".`,
    ko: `${name}은(는) true 또는 false여야 합니다. 입력값: "${raw}"`,
  }),
  badSortKey: (key: string, keys: readonly string[] = SORT_KEYS): Text => ({
    en: `Invalid sort key "${key}": use one of ${keys.join(', ')}.`,
    ko: `잘못된 정렬 키 "${key}"입니다. 사용 가능한 키: ${keys.join(', ')}`,
  }),
  badSortDirection: (direction: string): Text => ({
    en: `Invalid sort direction "${direction}": use asc or desc.`,
    ko: `잘못된 정렬 방향 "${direction}"입니다. asc 또는 desc를 사용하세요.`,
  }),
  badLength: (name: string, max: number): Text => ({
    en: `${name} must be 1 to ${max} characters long.`,
    ko: `${name}은(는) 1~${max}자여야 합니다.`,
  }),
  markerNotFound: (marker: string): Text => ({
    en: `Marker ${marker} could not be found.`,
    ko: `마커 ${marker}을(를) 찾을 수 없습니다.`,
  }),
  notFound: (resource: Resource | null, id: string): Text => {
    const noun = RESOURCE_NOUNS[resource ?? 'resource'];
    return { en: `${noun.en} ${id} could not be found.`, ko: `${noun.ko} ${id}을(를) 찾을 수 없습니다.` };
  },
  methodNotAllowed: (method: string): Text => ({
    en: `Method ${method} is not allowed: this API is read-only here.`,
    ko: `${method} 메서드는 허용되지 않습니다. 이 API는 읽기 전용입니다.`,
  }),
  contactAdmin: {
    en: 'An unexpected error occurred. Contact the administrator for assistance.',
    ko: '예기치 않은 오류가 발생했습니다. 관리자에게 문의하세요.',
  },
};
