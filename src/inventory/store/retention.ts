import type { InventoryDb } from './engine.ts';
import { bumpGeneration } from './meta.ts';

export interface Compacted {
  versions: number;
  events: number;
  runs: number;
}

/**
 * Drops what ended before `before`: versions no longer valid then, events, and finished runs
 * with their region outcomes. Current versions stay whatever their age: they are still true.
 */
export async function compact(db: InventoryDb, before: number): Promise<Compacted> {
  return db.transaction().execute(async (trx) => {
    const versions = await trx
      .deleteFrom('volume_versions')
      .where('valid_to', 'is not', null)
      .where('valid_to', '<', before)
      .executeTakeFirst();
    const events = await trx.deleteFrom('change_events').where('at', '<', before).executeTakeFirst();
    const old = trx
      .selectFrom('runs')
      .select('id')
      .where('started_at', '<', before)
      .where('status', '!=', 'running');
    await trx.deleteFrom('run_regions').where('run_id', 'in', old).execute();
    const runs = await trx
      .deleteFrom('runs')
      .where('started_at', '<', before)
      .where('status', '!=', 'running')
      .executeTakeFirst();
    if (Number(versions.numDeletedRows) + Number(runs.numDeletedRows) > 0) await bumpGeneration(trx);
    return {
      versions: Number(versions.numDeletedRows),
      events: Number(events.numDeletedRows),
      runs: Number(runs.numDeletedRows),
    };
  });
}
