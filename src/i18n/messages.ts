import type { en } from './en/index.ts';

export type Messages = typeof en;
