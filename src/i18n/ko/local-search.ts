import type { localSearch as en } from '../en/local-search.ts';

export const localSearch: typeof en = {
  reading: '로컬 검색을 위해 모든 볼륨을 읽는 중',
  scope: (_count, scanned, matches) => `볼륨 ${scanned}개에 대한 로컬 검색: ${matches}개 일치`,
  partial: (regions) => `검색하지 못함: ${regions} (응답 없음)`,
  scopeHint:
    '이름과 연결된 서버 이름은 어디든, ID는 앞부분부터(8자 이상이면 어디든) 이 브라우저에서 비교합니다. API는 정확한 이름으로만 거릅니다.',
  fields: { name: '이름', server: '연결된 서버', id: 'ID' },
};
