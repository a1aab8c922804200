import { createStoredValue } from '../../../lib/stored-value.ts';

/** Auto-refresh on or off: a personal preference, on unless the user turned it off. */
export const autoRefreshStore = createStoredValue(
  'scp-volumes.auto-refresh',
  (raw) => (typeof raw === 'boolean' ? raw : null),
  true,
);
