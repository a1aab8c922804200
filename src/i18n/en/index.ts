import { app } from './app.ts';
import { common } from './common.ts';
import { states } from './states.ts';
import { volumes } from './volumes.ts';

/**
 * The English catalogue is the reference: its shape is the `Messages` type every other
 * language must match, so a missing or misspelt key is a type error, never a blank.
 * One section per feature keeps parallel work from colliding in one file. The drawer's
 * and the export's strings are not here: they travel in their own lazy chunks
 * (i18n/drawer-messages.ts, i18n/export-messages.ts).
 */
export const en = {
  common,
  app,
  volumes,
  states,
};
