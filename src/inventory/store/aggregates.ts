import type { InventoryDb } from './engine.ts';
import { bool } from './rows.ts';
import { latestObservations } from './runs.ts';

const DAY_MS = 86_400_000;

/** How long an unattached volume has been so, in the buckets operators ask about. */
export type IdleBucket = 'attached' | 'under_7d' | '7d' | '30d' | '90d';

export interface AggregateRow {
  region: string;
  state: string;
  volumeType: string | null;
  encrypted: boolean;
  idle: IdleBucket;
  count: number;
  sizeGb: number;
}

export interface InventoryAggregates {
  /** Per region, when its latest complete observation was made. */
  regions: { region: string; observedAt: number }[];
  rows: AggregateRow[];
}

/**
 * The latest complete observation, grouped for metrics (issue #27): counts and GB by region,
 * state, type, encryption and idle bucket; any other cut (unattached, encrypted, by region)
 * is a sum of these rows. One grouped query over current_volumes.
 */
export async function aggregates(db: InventoryDb, now: number): Promise<InventoryAggregates> {
  const idle = (days: number) => now - days * DAY_MS;
  const [rows, observed] = await Promise.all([
    db
      .selectFrom('current_volumes')
      .select((eb) => [
        'region',
        'state',
        'volume_type',
        'encrypted',
        eb
          .case()
          .when('attached', '=', true)
          .then('attached')
          .when('unattached_since', '<=', idle(90))
          .then('90d')
          .when('unattached_since', '<=', idle(30))
          .then('30d')
          .when('unattached_since', '<=', idle(7))
          .then('7d')
          .else('under_7d')
          .end()
          .as('idle'),
        eb.fn.countAll<number>().as('count'),
        eb.fn.sum<number>('size_gb').as('size_gb'),
      ])
      .groupBy([(eb) => eb.ref('region'), 'state', 'volume_type', 'encrypted', 'idle'])
      .execute(),
    latestObservations(db),
  ]);
  return {
    regions: observed.map((region) => ({ region: region.region, observedAt: region.observedAt })),
    rows: rows.map((row) => ({
      region: row.region,
      state: row.state,
      volumeType: row.volume_type,
      encrypted: bool(row.encrypted),
      idle: row.idle as IdleBucket,
      count: Number(row.count),
      sizeGb: Number(row.size_gb),
    })),
  };
}
