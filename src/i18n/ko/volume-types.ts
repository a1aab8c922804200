import type { volumeTypes as en } from '../en/volume-types.ts';

export const volumeTypes: typeof en = {
  loading: '리전의 볼륨 유형을 읽는 중…',
  failed: '리전의 볼륨 유형을 읽지 못했습니다.',
  unlisted: (region) => `${region} 리전에는 이 유형이 없습니다.`,
  noDescription: '이 유형에는 설명이 없습니다.',
  multiattach: '다중 연결: 허용(여러 서버가 볼륨 하나를 연결)',
  singleAttach: '다중 연결: 허용 안 함(한 번에 한 서버)',
  allowed: '예: 이 유형의 볼륨은 여러 서버에 연결할 수 있습니다',
  notAllowed: '아니요: 한 번에 한 서버만 연결됩니다',
};
