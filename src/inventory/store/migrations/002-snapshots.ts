import type { Migration } from './migration.ts';

/**
 * Each volume's snapshots (#24): their count and GB in every version, the list itself (ids,
 * names, sizes) in the current record and its staged copy, what the next run's diff compares
 * with; and the snapshot a change event is about. Existing rows read null: not recorded then,
 * so the first run after this names no snapshot as taken (diff.ts).
 */
export const snapshots: Migration = {
  version: 2,
  name: 'snapshot count and GB per observation, snapshot events',
  async up(db) {
    for (const table of ['volume_versions', 'staged_versions', 'current_volumes'] as const) {
      await db.schema.alterTable(table).addColumn('snapshot_count', 'integer').execute();
      await db.schema.alterTable(table).addColumn('snapshot_gb', 'bigint').execute();
    }
    for (const table of ['staged_versions', 'current_volumes'] as const) {
      await db.schema.alterTable(table).addColumn('snapshots', 'text').execute();
    }
    await db.schema.alterTable('change_events').addColumn('snapshot_id', 'text').execute();
    await db.schema.alterTable('change_events').addColumn('snapshot_name', 'text').execute();
    await db.schema.alterTable('change_events').addColumn('snapshot_gb', 'bigint').execute();
  },
};
