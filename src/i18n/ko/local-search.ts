import type { localSearch as en } from '../en/local-search.ts';

export const localSearch: typeof en = {
  reading: '로컬 검색을 위해 모든 볼륨을 읽는 중',
  scope: (scanned, matches) => `볼륨 ${scanned}개에 대한 로컬 검색: ${matches}개 일치`,
  scopeHint: '이름, ID, 연결된 서버를 이 브라우저에서 비교합니다. API는 정확한 이름으로만 거릅니다.',
};
