import { type ColumnDefinitionBuilder, type CreateTableBuilder, sql } from 'kysely';
import type { EngineKind } from '../engine.ts';
import type { Migration } from './migration.ts';

/**
 * Text that is sorted or compared as the API sorts: by code point in both engines (SQLite's
 * BINARY is the default; PostgreSQL would otherwise use the database's locale).
 */
const bytewise =
  (engine: EngineKind) =>
  (column: ColumnDefinitionBuilder): ColumnDefinitionBuilder =>
    engine === 'postgres' ? column.modifyEnd(sql`collate "C"`) : column;

function identity<T extends string>(table: CreateTableBuilder<T>, engine: EngineKind): CreateTableBuilder<T> {
  return engine === 'postgres'
    ? table.addColumn('id', 'bigint', (column) => column.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}

/** The columns of a volume's version, its staged copy and its current record. */
function volumeColumns<T extends string>(table: CreateTableBuilder<T>, engine: EngineKind) {
  const text = bytewise(engine);
  return table
    .addColumn('volume_id', 'text', (column) => text(column).notNull())
    .addColumn('region', 'text', (column) => text(column).notNull())
    .addColumn('name', 'text', text)
    .addColumn('state', 'text', (column) => text(column).notNull())
    .addColumn('size_gb', 'bigint', (column) => column.notNull())
    .addColumn('volume_type', 'text', text)
    .addColumn('encrypted', 'boolean', (column) => column.notNull())
    .addColumn('multiattach', 'boolean', (column) => column.notNull())
    .addColumn('bootable', 'boolean', (column) => column.notNull())
    .addColumn('attached', 'boolean', (column) => column.notNull())
    .addColumn('server_ids', 'text', (column) => column.notNull())
    .addColumn('server_names', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint')
    .addColumn('unattached_since', 'bigint')
    .addColumn('unattached_since_exact', 'boolean', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull());
}

export const initial: Migration = {
  version: 1,
  name: 'runs, versions, current volumes, change events',
  async up(db, engine) {
    await db.schema
      .createTable('inventory_meta')
      .addColumn('key', 'text', (column) => column.primaryKey())
      .addColumn('value', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createTable('collector_lease')
      .addColumn('id', 'integer', (column) => column.primaryKey())
      .addColumn('owner', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'bigint', (column) => column.notNull())
      .execute();
    await db.insertInto('collector_lease').values({ id: 1, owner: '', expires_at: 0 }).execute();

    await identity(db.schema.createTable('runs'), engine)
      .addColumn('started_at', 'bigint', (column) => column.notNull())
      .addColumn('finished_at', 'bigint')
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('trigger', 'text', (column) => column.notNull())
      .addColumn('simulated', 'boolean', (column) => column.notNull())
      .addColumn('owner', 'text', (column) => column.notNull())
      .addColumn('heartbeat_at', 'bigint', (column) => column.notNull())
      .addColumn('requests', 'integer', (column) => column.notNull())
      .addColumn('error', 'text')
      .execute();
    await db.schema.createIndex('runs_started').on('runs').columns(['started_at']).execute();
    await db.schema.createIndex('runs_status').on('runs').columns(['status']).execute();

    await db.schema
      .createTable('run_regions')
      .addColumn('run_id', 'bigint', (column) => column.notNull())
      .addColumn('region', 'text', (column) => column.notNull())
      .addColumn('outcome', 'text', (column) => column.notNull())
      .addColumn('observed_at', 'bigint', (column) => column.notNull())
      .addColumn('finished_at', 'bigint', (column) => column.notNull())
      .addColumn('status', 'integer')
      .addColumn('code', 'text')
      .addColumn('request_id', 'text')
      .addColumn('error', 'text')
      .addColumn('volumes', 'integer', (column) => column.notNull())
      .addColumn('servers', 'integer', (column) => column.notNull())
      .addColumn('requests', 'integer', (column) => column.notNull())
      .addColumn('changes', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('run_regions_pk', ['run_id', 'region'])
      .execute();
    await db.schema
      .createIndex('run_regions_complete')
      .on('run_regions')
      .columns(['region', 'outcome', 'observed_at'])
      .execute();

    await volumeColumns(identity(db.schema.createTable('volume_versions'), engine), engine)
      .addColumn('valid_from', 'bigint', (column) => column.notNull())
      .addColumn('valid_from_run', 'bigint', (column) => column.notNull())
      .addColumn('valid_to', 'bigint')
      .addColumn('valid_to_run', 'bigint')
      .addColumn('raw', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('versions_volume')
      .on('volume_versions')
      .columns(['volume_id', 'valid_from'])
      .execute();
    await db.schema.createIndex('versions_to').on('volume_versions').columns(['valid_to']).execute();

    await volumeColumns(db.schema.createTable('staged_versions'), engine)
      .addColumn('run_id', 'bigint', (column) => column.notNull())
      .addColumn('valid_from', 'bigint', (column) => column.notNull())
      .addColumn('raw', 'text', (column) => column.notNull())
      .addColumn('search', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('staged_run').on('staged_versions').columns(['run_id', 'region']).execute();

    await volumeColumns(db.schema.createTable('current_volumes'), engine)
      .addColumn('valid_from', 'bigint', (column) => column.notNull())
      .addColumn('search', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('current_volumes_pk', ['volume_id'])
      .execute();
    // Search and trends read the read model in memory (read-model.ts): only the collector's lookups need one.
    await db.schema.createIndex('current_region').on('current_volumes').columns(['region']).execute();

    await identity(db.schema.createTable('change_events'), engine)
      .addColumn('run_id', 'bigint', (column) => column.notNull())
      .addColumn('at', 'bigint', (column) => column.notNull())
      .addColumn('region', 'text', (column) => bytewise(engine)(column).notNull())
      .addColumn('volume_id', 'text', (column) => bytewise(engine)(column).notNull())
      .addColumn('volume_name', 'text')
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('from_value', 'text')
      .addColumn('to_value', 'text')
      .addColumn('server_id', 'text')
      .addColumn('server_name', 'text')
      .addColumn('simulated', 'boolean', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('events_at').on('change_events').columns(['at', 'id']).execute();
    await db.schema
      .createIndex('events_volume')
      .on('change_events')
      .columns(['volume_id', 'at', 'id'])
      .execute();
  },
};
