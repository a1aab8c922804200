import { createStoredValue } from '../../../lib/stored-value.ts';

/** Whether the Capacity panel is open: closed by default, remembered across visits. */
export const capacityOpenStore = createStoredValue(
  'scp-volumes.capacity-open',
  (raw) => (typeof raw === 'boolean' ? raw : null),
  false,
);
