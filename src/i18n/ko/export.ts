import type { ExportMessages } from '../en/export.ts';

export const exportMessages: ExportMessages = {
  group: '내보내기',
  exportCsv: 'CSV로 내보내기',
  exportJson: 'JSON으로 내보내기',
  exporting: '볼륨 내보내는 중',
  readingNames: '파일에 넣을 서버 이름을 읽는 중',
  cancelled: '내보내기를 취소했습니다. 아무것도 다운로드되지 않았습니다.',
  exported: (_count, formatted) => `볼륨 ${formatted}개를 내보냈습니다`,
  exportedPartial: (_count, formatted, regions) =>
    `일부만 내보냄: 볼륨 ${formatted}개를 저장했지만 ${regions}이(가) 응답하지 않아 그 볼륨은 파일에 없습니다.`,
  retryPartial: '다시 시도해 전체 파일 저장',
  leftOutUnjudged: (formatted) => `${formatted}개는 검증에 실패해 검색할 수 없어 제외했습니다`,
  skippedInvalid: (formatted) => `${formatted}개는 검증에 실패해 제외했습니다`,
  includedInvalid: (formatted) => `${formatted}개는 검증에 실패했지만 받은 그대로 포함했습니다`,
  failed: '내보내기에 실패했습니다. 아무것도 다운로드되지 않았습니다.',
  status: '상태 코드',
  code: '오류 코드',
  requestId: '요청 ID',
  resumeFrom: (progress) => `${progress}를 받았습니다. 다시 시도하면 거기서부터 이어집니다.`,
  retry: '다시 시도',
  dismiss: '닫기',
};
