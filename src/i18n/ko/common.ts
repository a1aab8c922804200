import type { Messages } from '../messages.ts';

export const common: Messages['common'] = {
  appName: 'SCP 볼륨',
  loading: '불러오는 중…',
  retry: '다시 시도',
  close: '닫기',
  copy: '복사',
  copied: '복사됨',
  copyFailed: '복사하지 못했습니다',
  timedOut: '요청 시간이 초과되었습니다.',
  copyValue: (label: string) => `${label} 복사`,
  yes: '예',
  no: '아니요',
  none: '—',
  language: '언어',
  languageNames: { en: 'English', ko: '한국어' },
};
