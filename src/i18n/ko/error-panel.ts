import type { errorPanel as en } from '../en/error-panel.ts';

export const errorPanel: typeof en = {
  status: '상태 코드',
  code: '오류 코드',
  requestId: '요청 ID',
  unauthorized: 'Samsung Cloud Platform이 요청 서명을 거부했습니다. 가능한 원인:',
  unauthorizedCauses: [
    '액세스 키 또는 시크릿 키가 잘못됨',
    '컴퓨터 시계가 맞지 않음 (서명에 타임스탬프가 들어감)',
    '이 키에 맞지 않는 리전 또는 환경',
  ],
  unauthorizedWhere: '다음 파일에서 설정하세요:',
  unauthorizedRestart: '(프로젝트 루트). 그런 다음 서버를 다시 시작하세요.',
  forbidden: '키는 유효하지만 볼륨 목록을 조회할 권한이 없습니다.',
  unreachable: 'SCP API에 연결할 수 없습니다. 프록시는 실행 중이지만 업스트림이 제때 응답하지 않았습니다.',
  notConfigured:
    '프록시에 SCP 자격 증명도 시뮬레이터도 없습니다. .env.local에서 설정하거나 시뮬레이터로 시작하세요.',
  network: '대시보드 서버에 연결할 수 없습니다. 서버가 실행 중인지 확인하세요.',
  timeout: '요청 시간이 너무 오래 걸렸습니다.',
  invalidResponse: 'API가 이 대시보드에서 읽을 수 없는 데이터를 보냈습니다.',
  stale: '마지막으로 불러온 데이터를 표시하고 있습니다.',
  nextTryIn: (wait) => `${wait} 후 자동 새로 고침이 다시 시도합니다.`,
  nextTryAt: (time) => `${time}에 자동 새로 고침이 다시 시도합니다.`,
  tryingAgain: '자동 새로 고침이 다시 시도하는 중…',
  autoRefreshOff: '자동 새로 고침이 꺼져 있습니다. 다시 시도를 누르면 다시 시도합니다.',
  duration: (seconds) => (seconds < 60 ? `${seconds}초` : `${Math.floor(seconds / 60)}분 ${seconds % 60}초`),
};
