import type { Messages } from '../messages.ts';
import { app } from './app.ts';
import { common } from './common.ts';
import { states } from './states.ts';
import { volumes } from './volumes.ts';

export const ko: Messages = {
  common,
  app,
  volumes,
  states,
};
