import type { Messages } from '../messages.ts';

export const volumes: Messages['volumes'] = {
  title: '볼륨',
  loading: '볼륨을 불러오는 중…',
  table: {
    label: '볼륨',
    columns: {
      name: '이름',
      state: '상태',
      size: '크기',
      volume_type: '유형',
      bootable: '부팅 가능',
      encrypted: '암호화',
      multiattach: '다중 연결',
      attached: '연결 대상',
      region: '리전',
      created_at: '생성 일시',
      modified_at: '수정 일시',
    },
    sortHint: '클릭하여 정렬 · Shift+클릭으로 보조 정렬 추가',
    defaultOrder: '기본 순서: 최신순 · 클릭하면 오래된 순',
    sortPriority: (index: number) => `정렬 ${index}`,
    volumeId: '볼륨 ID',
    unnamed: '이름 없음',
    matchedOn: { id: 'ID', server: '서버' },
    attachedOn: (device: string, server: string) => `${server}의 ${device}`,
    moreAttachments: (count: number) => `외 ${count}개`,
    notAttached: '연결 안 됨',
    changed: '마지막 새로 고침 이후 변경됨',
    invalidTitle: '이 볼륨을 읽을 수 없습니다',
    invalidNoId: 'ID 없음',
  },
  errors: {
    /** The error panel's heading (its plain fallback is in the first bundle); the rest is in error-panel.ts. */
    title: '볼륨을 불러오지 못했습니다',
  },
};
