import type { FullReadMessages } from '../en/full-read.ts';

export const fullRead: FullReadMessages = {
  progress: (loaded, total) => `${total}개 중 ${loaded}개`,
  progressNoTotal: (loaded) => `지금까지 ${loaded}개`,
  cancel: '취소',
  readingNames: '서버 이름을 읽는 중',
  readAgo: (ago) => `${ago} 읽음`,
  readAgain: '다시 읽기',
  partial: (regions) => `일부만 표시: ${regions}이(가) 응답하지 않아 그 리전의 볼륨은 포함되지 않았습니다.`,
  regionFailure: (region, status, code, message) =>
    `${region}: ${status > 0 ? status : '응답 없음'}${code ? ` ${code}` : ''} · ${message}`,
  namesMissing: (regions) => `${regions}의 서버 이름을 읽지 못했습니다. 그 서버들은 ID로만 비교했습니다.`,
};
