import type { VolumeHistory } from '../../scp/inventory-schema.ts';
import type { InventoryDb } from './engine.ts';
import { changeJson, iso, isoOrNull, volumeColumnsJson } from './present.ts';
import { parseObject } from './rows.ts';

/** Events of one volume shown at most: a volume that flaps all day still answers quickly. */
const MAX_EVENTS = 2000;

/** The region's first complete observation, and its last one before `before` (any, when null). */
async function observedBetween(
  db: InventoryDb,
  region: string,
  before: number | null,
): Promise<{ first: number | null; last: number | null }> {
  const complete = () =>
    db.selectFrom('run_regions').where('region', '=', region).where('outcome', '=', 'complete');
  const [first, last] = await Promise.all([
    complete()
      .select((eb) => eb.fn.min<number>('observed_at').as('at'))
      .executeTakeFirst(),
    (before === null ? complete() : complete().where('observed_at', '<', before))
      .select((eb) => eb.fn.max<number>('observed_at').as('at'))
      .executeTakeFirst(),
  ]);
  const read = (row: { at: number | null } | undefined) => (row?.at == null ? null : Number(row.at));
  return { first: read(first), last: read(last) };
}

/** Every kept version and event of one volume, newest first; null when the inventory never saw it. */
export async function volumeHistory(db: InventoryDb, volumeId: string): Promise<VolumeHistory | null> {
  const [versions, events, current] = await Promise.all([
    db
      .selectFrom('volume_versions')
      .selectAll()
      .where('volume_id', '=', volumeId)
      .orderBy('valid_from', 'desc')
      .execute(),
    db
      .selectFrom('change_events')
      .selectAll()
      .where('volume_id', '=', volumeId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(MAX_EVENTS)
      .execute(),
    db.selectFrom('current_volumes').select('volume_id').where('volume_id', '=', volumeId).executeTakeFirst(),
  ]);
  const newest = versions[0];
  const oldest = versions.at(-1);
  if (newest === undefined || oldest === undefined) return null;
  const exists = current !== undefined;
  const seen = await observedBetween(db, newest.region, exists ? null : newest.valid_to);
  return {
    volume_id: volumeId,
    region: newest.region,
    exists,
    first_seen: iso(oldest.valid_from),
    first_seen_at_start: seen.first !== null && oldest.valid_from <= seen.first,
    // A version starts at an observation that listed it: never later than what the runs say.
    last_seen: iso(Math.max(seen.last ?? newest.valid_from, newest.valid_from)),
    versions: versions.map((row) => ({
      ...volumeColumnsJson(row),
      valid_from: iso(row.valid_from),
      valid_to: isoOrNull(row.valid_to),
      volume: parseObject(row.raw),
    })),
    events: events.map(changeJson),
  };
}
