import { createStoredValue } from '../../../lib/stored-value.ts';

/** Dates in the table as absolute timestamps instead of "2 years ago": a remembered preference. */
export const absoluteTimesStore = createStoredValue(
  'scp-volumes.absolute-times',
  (raw) => (typeof raw === 'boolean' ? raw : null),
  false,
);
