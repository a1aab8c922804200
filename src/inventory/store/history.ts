import type { VolumeHistory } from '../../scp/inventory-schema.ts';
import type { InventoryDb } from './engine.ts';
import { changeJson, iso, isoOrNull, volumeColumnsJson } from './present.ts';

/** Events of one volume shown at most: a volume that flaps all day still answers quickly. */
const MAX_EVENTS = 2000;

function parseObject(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
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
  if (newest === undefined) return null;
  return {
    volume_id: volumeId,
    region: newest.region,
    exists: current !== undefined,
    versions: versions.map((row) => ({
      ...volumeColumnsJson(row),
      valid_from: iso(row.valid_from),
      valid_to: isoOrNull(row.valid_to),
      volume: parseObject(row.raw),
    })),
    events: events.map(changeJson),
  };
}
