import type { PageChromeMessages } from '../en/page-chrome.ts';

export const pageChrome: PageChromeMessages = {
  filters: {
    label: '필터',
    name: '이름',
    namePlaceholder: '정확한 이름',
    nameHint: '정확히 일치: SCP API는 이름 전체를 비교합니다.',
    state: '상태',
    anyState: '모든 상태',
    knownStates: '알려진 상태',
    bootable: '부팅 가능',
    any: '전체',
    region: '리전',
    allRegions: '모든 리전',
    clear: '필터 지우기',
    chips: '상태별 볼륨',
    chipTitle: (label: string) => `${label} 볼륨만 보기`,
    countLoading: '세는 중…',
    countFailed: '개수를 가져올 수 없음',
    retryCounts: '개수 다시 가져오기',
    stateGroups: '상태 그룹',
    groups: {
      available: '사용 가능',
      'in-use': '사용 중',
      transitional: '전환 중',
      errors: '모든 오류',
    },
    groupTitle: (label: string, states: string) => `${label} 볼륨만 보기: ${states}`,
  },
  pagination: {
    label: '페이지 탐색',
    range: (from: string, to: string, total: string) => `${total}개 중 ${from}–${to}`,
    rangeNoCount: (from: string, to: string) => `${from}–${to}`,
    rangeEmpty: (total: string) => `${total}개 중 0개`,
    loading: '볼륨을 불러오는 중…',
    failed: '볼륨을 불러오지 못함',
    noMatch: '일치하는 볼륨 0개',
    noVolumes: '볼륨 0개',
    first: '첫 페이지',
    previous: '이전 페이지',
    next: '다음 페이지',
    last: '마지막 페이지',
    rowsPerPage: '페이지당 행 수',
    page: '페이지',
    ofPages: (total: string) => `/ ${total}`,
    clamped: (asked: string, last: string) =>
      `${asked} 페이지는 없습니다. 마지막 페이지(${last})를 표시합니다.`,
  },
  freshness: {
    refresh: '새로 고침',
    updated: (ago: string) => `${ago} 업데이트됨`,
    autoRefresh: '자동 새로 고침',
    autoRefreshHint:
      '상태가 바뀌는 중인 볼륨이 보이면 5초마다, 그 외에는 30초마다 새로 고칩니다. 오류가 나면 간격을 늘려 가며(최대 5분) 계속 시도합니다. 탭이 숨겨져 있으면 멈춥니다.',
    changed: (count: number, names: string) => `볼륨 ${count}개 변경됨: ${names}`,
    arrived: (count: number, names: string) => `이 페이지에 새로 나타난 볼륨 ${count}개: ${names}`,
    stale: '마지막으로 불러온 데이터입니다. 최신이 아닐 수 있습니다.',
  },
  empty: {
    accountTitle: '아직 볼륨이 없습니다',
    accountBody: '이 계정에는 이 리전의 블록 스토리지 볼륨이 없습니다.',
    noMatchTitle: '일치하는 볼륨이 없습니다',
    noMatchBody: '이 필터와 일치하는 볼륨이 없습니다. 이름은 정확히 일치해야 합니다.',
  },
  outOfRange: {
    message: (page: string, last: string) => `${page} 페이지는 없습니다. 마지막 페이지는 ${last}입니다.`,
    goLast: '마지막 페이지로 이동',
  },
  notice: {
    invalid: '링크의 일부를 이해하지 못해 기본값으로 바꿨습니다:',
    value: (param: string, value: string) => `${param}=${value}`,
    dismiss: '닫기',
    regionsFailed: (regions: string) =>
      `일부 목록: ${regions} 리전이 응답하지 않았습니다. 행과 개수는 다른 리전의 것만 포함합니다.`,
    regionFailure: (region: string, status: number, code: string | null, message: string) =>
      `${region}: ${status}${code ? ` ${code}` : ''} · ${message}`,
    retryRegions: '다시 시도',
    retryAfter: (status: number | null, seconds: number) =>
      `SCP가 요청을 줄여 달라고 했습니다 (${status ?? '사용 중'}): ${seconds}초 후 다시 시도합니다.`,
  },
  shortcuts: {
    button: '단축키',
    title: '단축키',
    items: [
      { keys: ['/'], label: '이름 필터로 이동' },
      { keys: ['↓', 'J'], label: '다음 행' },
      { keys: ['↑', 'K'], label: '이전 행' },
      { keys: ['Enter'], label: '볼륨 열기' },
      { keys: ['?'], label: '단축키 보기' },
      { keys: ['Esc'], label: '대화 상자 닫기' },
    ],
  },
};
