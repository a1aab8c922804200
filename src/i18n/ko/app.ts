import type { Messages } from '../messages.ts';

export const app: Messages['app'] = {
  connection: {
    label: '연결 대상',
    simulator: '시뮬레이터',
    simulatorTitle: '데이터는 Samsung Cloud Platform이 아닌 로컬 SCP 시뮬레이터에서 옵니다.',
    scpTitle: (host: string, version: string) => `서명된 요청을 ${host}(API ${version})로 보냅니다.`,
    apiVersion: (version: string) => `API ${version}`,
    unknown: '연결 상태 알 수 없음',
  },
  theme: {
    toDark: '어두운 테마로 전환',
    toLight: '밝은 테마로 전환',
  },
  skipToTable: '볼륨 표로 건너뛰기',
  skipToPagination: '페이지 탐색으로 건너뛰기',
};
