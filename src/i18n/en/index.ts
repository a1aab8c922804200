import { common } from './common.ts';

/**
 * The English catalogue is the reference: its shape is the `Messages` type every other
 * language must match, so a missing or misspelt key is a type error, never a blank.
 * One section per feature keeps parallel work from colliding in one file.
 */
export const en = {
  common,
};
