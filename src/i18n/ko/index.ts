import type { Messages } from '../messages.ts';
import { common } from './common.ts';

export const ko: Messages = {
  common,
};
