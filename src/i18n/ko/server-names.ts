import type { serverNames as en } from '../en/server-names.ts';

/** 표의 "연결 대상" 셀에 쓰는 서버 이름 문자열. */
export const serverNames: typeof en = {
  lookupFailed: '이름을 가져올 수 없음',
};
