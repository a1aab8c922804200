import type { savedViews as en } from '../en/saved-views.ts';

export const savedViews: typeof en = {
  button: '보기',
  panel: '저장된 보기',
  list: '저장된 보기 목록',
  name: '이 보기의 이름',
  save: '저장',
  empty: '저장된 보기가 없습니다.',
  open: (name) => `${name} 보기 열기`,
  rename: '이름 변경',
  renameLabel: (name) => `${name}의 새 이름`,
  renameOf: (name) => `${name} 이름 변경`,
  done: '완료',
  remove: (name) => `${name} 삭제`,
  delete: '삭제',
  exportJson: 'JSON으로 내보내기',
  importJson: 'JSON 가져오기',
  saved: (name) => `${name} 보기를 저장했습니다`,
  imported: (count) => `보기 ${count}개를 가져왔습니다`,
  importFailed: '저장된 보기 목록 파일이 아닙니다.',
};
