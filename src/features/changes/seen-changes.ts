import { createStoredValue } from '../../lib/stored-value.ts';

/**
 * The newest change this browser has shown (change ids grow with time): a change with a higher
 * id is "new since your last visit". Null before the first visit, when nothing is marked new.
 */
export const seenChanges = createStoredValue<number | null>(
  'scp-volumes:changes-seen',
  (raw) => (typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? raw : null),
  null,
);
