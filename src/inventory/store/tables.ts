import type { ColumnType, Generated } from 'kysely';
import { VOLUME_KIND_FIELDS } from '../../scp/inventory-routes.ts';
import type { RunStatus, RunTrigger } from '../model.ts';

/**
 * The inventory's tables as Kysely sees them. Times are epoch ms (bigint); booleans are
 * PostgreSQL booleans and SQLite 0/1, so a read gives `boolean | number` (rows.ts reads both).
 */
type Bool = ColumnType<boolean | number, boolean, boolean>;
/** bigint: pg returns it as a number (postgres.ts sets the parser), SQLite as an integer. */
type Time = number;

export interface MetaTable {
  key: string;
  value: string;
}

export interface MigrationTable {
  version: number;
  name: string;
  applied_at: Time;
}

/** One row: who may collect now. A lease, so a replica that died lets go by itself. */
export interface LeaseTable {
  id: number;
  owner: string;
  expires_at: Time;
}

export interface RunTable {
  id: Generated<number>;
  started_at: Time;
  finished_at: Time | null;
  status: RunStatus;
  trigger: RunTrigger;
  simulated: Bool;
  owner: string;
  heartbeat_at: Time;
  requests: number;
  error: string | null;
}

export interface RunRegionTable {
  run_id: number;
  region: string;
  outcome: 'complete' | 'failed';
  /** When the walk began: the observation's time, where its versions start. */
  observed_at: Time;
  finished_at: Time;
  /** The HTTP status that failed it (or the proxy's 502/504), SCP's code and request id. */
  status: number | null;
  code: string | null;
  request_id: string | null;
  error: string | null;
  volumes: number;
  servers: number;
  requests: number;
  changes: number;
}

/** The columns every version of a volume has, and its current record too. */
export interface VolumeColumns {
  volume_id: string;
  region: string;
  name: string | null;
  state: string;
  size_gb: number;
  volume_type: string | null;
  encrypted: Bool;
  multiattach: Bool;
  bootable: Bool;
  attached: Bool;
  /** JSON arrays, in attachment order. */
  server_ids: string;
  server_names: string;
  created_at: Time | null;
  unattached_since: Time | null;
  unattached_since_exact: Bool;
  hash: string;
  /** null: not recorded (rows written before snapshots were, migration 002). */
  snapshot_count: number | null;
  snapshot_gb: number | null;
}

export interface VersionTable extends VolumeColumns {
  id: Generated<number>;
  valid_from: Time;
  valid_from_run: number;
  /** null while current. */
  valid_to: Time | null;
  valid_to_run: number | null;
  /** The whole API object as SCP sent it (JSON). */
  raw: string;
}

/** A run's new versions, written page by page and moved into volume_versions once the region is complete. */
export interface StagedVersionTable extends VolumeColumns {
  run_id: number;
  valid_from: Time;
  raw: string;
  search: string;
  snapshots: string | null;
}

/** What every volume table stores of a volume's identity and kind, in the order each list uses. */
export const VOLUME_KIND_COLUMNS = ['volume_id', 'region', 'name', ...VOLUME_KIND_FIELDS] as const;

/** Its attachments and age: the servers, when it was made, since when it has had none. */
export const ATTACHMENT_COLUMNS = [
  'server_ids',
  'server_names',
  'created_at',
  'unattached_since',
  'unattached_since_exact',
] as const;

/** The latest complete observation of every region: one row per volume that exists. */
export interface CurrentTable extends VolumeColumns {
  valid_from: Time;
  /** What `q` matches (observe.ts searchText). */
  search: string;
  /** JSON `[[id, name, GB], …]` by id: what the next diff compares with; null when not recorded. */
  snapshots: string | null;
}

export interface EventTable {
  id: Generated<number>;
  run_id: number;
  at: Time;
  region: string;
  volume_id: string;
  volume_name: string | null;
  kind: string;
  from_value: string | null;
  to_value: string | null;
  server_id: string | null;
  server_name: string | null;
  snapshot_id: string | null;
  snapshot_name: string | null;
  snapshot_gb: number | null;
  simulated: Bool;
}

export interface InventoryTables {
  inventory_meta: MetaTable;
  inventory_migrations: MigrationTable;
  collector_lease: LeaseTable;
  runs: RunTable;
  run_regions: RunRegionTable;
  volume_versions: VersionTable;
  staged_versions: StagedVersionTable;
  current_volumes: CurrentTable;
  change_events: EventTable;
}
