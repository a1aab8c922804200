import type { Messages } from '../messages.ts';

export const states: Messages['states'] = {
  available: '사용 가능',
  'in-use': '사용 중',
  creating: '생성 중',
  attaching: '연결 중',
  detaching: '연결 해제 중',
  reserved: '예약됨',
  'awaiting-transfer': '이전 대기 중',
  downloading: '다운로드 중',
  extending: '확장 중',
  deleting: '삭제 중',
  'backing-up': '백업 중',
  'restoring-backup': '백업 복원 중',
  reverting: '되돌리는 중',
  maintenance: '유지 관리',
  error: '오류',
  error_extending: '오류 (확장)',
  error_deleting: '오류 (삭제)',
  error_restoring: '오류 (복원)',
  'error_backing-up': '오류 (백업)',
  error_managing: '오류 (관리)',
};
