import type { pageNav as en } from '../en/page-nav.ts';

export const pageNav: typeof en = {
  label: '페이지',
  volumes: '볼륨',
  changes: '변경 내역',
};
