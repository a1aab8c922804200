import type { AggregateRow } from '../../inventory/store/aggregates.ts';

/** One group of the inventory's aggregates (store/aggregates.ts): one attached 10 GB SSD volume unless told. */
export const aggregateRow = (fields: Partial<AggregateRow> = {}): AggregateRow => ({
  region: 'kr-west1',
  state: 'in-use',
  volumeType: 'SSD',
  encrypted: false,
  idle: 'attached',
  count: 1,
  sizeGb: 10,
  ...fields,
});
