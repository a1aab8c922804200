import { SCP_HEADERS, signedHeaders } from '../signing/signature.ts';
import type { UpstreamTarget } from './upstream.ts';

export const TIMED_OUT = 'timeout';
export const CLIENT_GONE = 'client-gone';

/** SCP answers error messages in Korean or English; anything not Korean gets English. */
export function upstreamLanguage(acceptLanguage: string | undefined): 'ko-KR' | 'en-US' {
  return acceptLanguage?.trim().toLowerCase().startsWith('ko') ? 'ko-KR' : 'en-US';
}

/**
 * Built from scratch: nothing the browser sent (cookies, Authorization, its own Scp-* headers)
 * can reach SCP. Called for every attempt, so no signature is ever sent twice.
 */
export function upstreamHeaders(
  target: Pick<UpstreamTarget, 'accessKey' | 'secretKey' | 'apiVersion'>,
  service: string,
  url: string,
  acceptLanguage: string | undefined,
  now: () => number,
): Record<string, string> {
  return {
    ...signedHeaders({ method: 'GET', url, accessKey: target.accessKey, secretKey: target.secretKey }, now),
    [SCP_HEADERS.apiVersion]: `${service} ${target.apiVersion}`,
    Accept: 'application/json',
    // Plain bytes, so redactSecrets can see every answer it relays.
    'Accept-Encoding': 'identity',
    'Accept-Language': upstreamLanguage(acceptLanguage),
  };
}

export function unreachableReason(error: unknown): string {
  for (const candidate of [error, error instanceof Error ? error.cause : undefined]) {
    if (
      candidate &&
      typeof candidate === 'object' &&
      'code' in candidate &&
      typeof candidate.code === 'string'
    ) {
      return candidate.code;
    }
  }
  return error instanceof Error ? error.message : String(error);
}
