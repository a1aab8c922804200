import type { Insertable, Transaction } from 'kysely';
import type { ChangeEvent, CurrentVolume, NewVersion } from '../model.ts';
import type { InventoryDb } from './engine.ts';
import { bumpGeneration } from './meta.ts';
import { chunks, currentFromRow, currentRow, eventRow, stagedRow, versionRow } from './rows.ts';
import { LeaseLostError, type RegionOutcome, regionRow } from './runs.ts';
import { ATTACHMENT_COLUMNS, type InventoryTables, VOLUME_KIND_COLUMNS } from './tables.ts';

/** Rows per multi-row statement: about 20 columns each, well under both engines' parameter caps. */
const ROWS = 400;
/** Ids per `in (…)` list. */
const IDS = 500;

const CURRENT_COLUMNS = [
  ...VOLUME_KIND_COLUMNS,
  ...ATTACHMENT_COLUMNS,
  'hash',
  'valid_from',
  'snapshots',
] as const;

/** What a staged row and a version or current row have in common, copied as is. */
const SHARED_COLUMNS = [
  ...VOLUME_KIND_COLUMNS,
  'attached',
  ...ATTACHMENT_COLUMNS,
  'hash',
  'valid_from',
  'snapshot_count',
  'snapshot_gb',
] as const;

/** Every current volume's hash in a region: what the walk compares each listed volume with. */
export async function currentHashes(db: InventoryDb, region: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('current_volumes')
    .select(['volume_id', 'hash'])
    .where('region', '=', region)
    .execute();
  return new Map(rows.map((row) => [row.volume_id, row.hash]));
}

/** The current records of these volumes (those that changed), for the diff. */
export async function currentRecords(db: InventoryDb, ids: readonly string[]): Promise<CurrentVolume[]> {
  const out: CurrentVolume[] = [];
  for (const part of chunks(ids, IDS)) {
    const rows = await db
      .selectFrom('current_volumes')
      .select(CURRENT_COLUMNS)
      .where('volume_id', 'in', part)
      .execute();
    out.push(...rows.map(currentFromRow));
  }
  return out;
}

/** Every current record of a region (the simulated past starts from them). */
export async function currentOfRegion(db: InventoryDb, region: string): Promise<CurrentVolume[]> {
  const rows = await db
    .selectFrom('current_volumes')
    .select(CURRENT_COLUMNS)
    .where('region', '=', region)
    .execute();
  return rows.map(currentFromRow);
}

/** Inserts a row for each item, ROWS to a statement: both engines cap one statement's parameters. */
async function insertAll<T extends keyof InventoryTables, I>(
  db: InventoryDb | Transaction<InventoryTables>,
  table: T,
  items: readonly I[],
  row: (item: I) => Insertable<InventoryTables[T]>,
): Promise<void> {
  for (const part of chunks(items, ROWS)) await db.insertInto(table).values(part.map(row)).execute();
}

/** A page's new versions, kept aside until the region's walk is complete. */
export async function stageVersions(
  db: InventoryDb,
  runId: number,
  versions: readonly NewVersion[],
): Promise<void> {
  await insertAll(db, 'staged_versions', versions, (version) => stagedRow(runId, version));
}

export async function discardStaged(db: InventoryDb, runId: number, region: string): Promise<void> {
  await db.deleteFrom('staged_versions').where('run_id', '=', runId).where('region', '=', region).execute();
}

export interface RegionCommit {
  runId: number;
  region: string;
  /** The observation's time: where closed versions end. */
  at: number;
  /** Volumes whose current version ends: changed (a staged version follows) or gone. */
  closing: readonly string[];
  /** How many versions the walk staged. */
  staged: number;
  events: readonly ChangeEvent[];
  simulated: boolean;
  outcome: RegionOutcome;
  /** The lease this collector must still hold (fencing): the commit is refused otherwise. */
  lease: { owner: string; now: number; ttlMs: number };
}

/**
 * A complete region, at once: the versions it ends close, the staged ones become history and
 * the current records, its events and outcome are written. One transaction, so the history
 * never shows half a run, and it checks the lease first, so a collector that was replaced
 * while it walked cannot write over its successor.
 */
export async function commitRegion(db: InventoryDb, commit: RegionCommit): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { owner, now, ttlMs } = commit.lease;
    const held = await trx
      .updateTable('collector_lease')
      .set({ expires_at: now + ttlMs })
      .where('id', '=', 1)
      .where('owner', '=', owner)
      .executeTakeFirst();
    if (Number(held.numUpdatedRows) !== 1) {
      throw new LeaseLostError('Another replica took over collecting: this run stops without writing.');
    }
    for (const part of chunks(commit.closing, IDS)) {
      await trx
        .updateTable('volume_versions')
        .set({ valid_to: commit.at, valid_to_run: commit.runId })
        .where('valid_to', 'is', null)
        .where('volume_id', 'in', part)
        .execute();
      await trx.deleteFrom('current_volumes').where('volume_id', 'in', part).execute();
    }
    if (commit.staged > 0) await moveStaged(trx, commit.runId, commit.region);
    await insertEvents(trx, commit.events, commit.simulated);
    await trx.insertInto('run_regions').values(regionRow(commit.runId, commit.outcome)).execute();
    await bumpGeneration(trx);
  });
}

async function moveStaged(trx: Transaction<InventoryTables>, runId: number, region: string): Promise<void> {
  const staged = () =>
    trx.selectFrom('staged_versions').where('run_id', '=', runId).where('region', '=', region);
  await trx
    .insertInto('volume_versions')
    .columns([...SHARED_COLUMNS, 'valid_from_run', 'raw'])
    .expression(staged().select([...SHARED_COLUMNS, 'run_id', 'raw']))
    .execute();
  await trx
    .insertInto('current_volumes')
    .columns([...SHARED_COLUMNS, 'search', 'snapshots'])
    .expression(staged().select([...SHARED_COLUMNS, 'search', 'snapshots']))
    .execute();
  await trx.deleteFrom('staged_versions').where('run_id', '=', runId).where('region', '=', region).execute();
}

async function insertEvents(
  db: InventoryDb | Transaction<InventoryTables>,
  events: readonly ChangeEvent[],
  simulated: boolean,
): Promise<void> {
  await insertAll(db, 'change_events', events, (event) => eventRow(event, simulated));
}

export interface PastRegion {
  region: string;
  outcomes: readonly { runId: number; outcome: RegionOutcome }[];
  /** Each with where its validity ends, or null while current. */
  versions: readonly { version: NewVersion; validTo: { at: number; runId: number } | null }[];
  events: readonly ChangeEvent[];
  current: readonly Omit<NewVersion, 'raw' | 'validFromRun'>[];
}

/**
 * A simulated past in one transaction: `runs` become complete, simulated runs, and their ids go
 * to `build`, which returns each region's outcomes, versions, events and current records. A
 * crash part way leaves nothing, and the next start simulates it again.
 */
export async function writePast(
  db: InventoryDb,
  runs: readonly { startedAt: number; finishedAt: number; requests: number; owner: string }[],
  build: (runIds: readonly number[]) => PastRegion[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const part of chunks(runs, ROWS)) {
      const rows = await trx
        .insertInto('runs')
        .values(
          part.map((run) => ({
            started_at: run.startedAt,
            finished_at: run.finishedAt,
            status: 'complete' as const,
            trigger: 'simulated' as const,
            simulated: true,
            owner: run.owner,
            heartbeat_at: run.finishedAt,
            requests: run.requests,
            error: null,
          })),
        )
        .returning(['id', 'started_at'])
        .execute();
      // RETURNING's order is not promised: match each id to its run by time (one run per time).
      const byTime = new Map(rows.map((row) => [row.started_at, Number(row.id)]));
      for (const run of part) {
        const id = byTime.get(run.startedAt);
        if (id === undefined) throw new Error(`No id came back for the simulated run at ${run.startedAt}.`);
        ids.push(id);
      }
    }
    for (const region of build(ids)) {
      await insertAll(trx, 'run_regions', region.outcomes, ({ runId, outcome }) => regionRow(runId, outcome));
      await insertAll(trx, 'volume_versions', region.versions, ({ version, validTo }) =>
        versionRow(version, validTo),
      );
      await insertAll(trx, 'current_volumes', region.current, currentRow);
      await insertEvents(trx, region.events, true);
    }
    await bumpGeneration(trx);
  });
}
