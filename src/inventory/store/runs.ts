import type { Updateable, UpdateQueryBuilder, UpdateResult } from 'kysely';
import type { RunStatus, RunTrigger } from '../model.ts';
import type { InventoryDb } from './engine.ts';
import type { LeaseTable, InventoryTables } from './tables.ts';
import { bool } from './rows.ts';

export interface RegionOutcome {
  region: string;
  outcome: 'complete' | 'failed';
  observedAt: number;
  finishedAt: number;
  status: number | null;
  code: string | null;
  requestId: string | null;
  error: string | null;
  volumes: number;
  servers: number;
  requests: number;
  changes: number;
}

export interface RunRecord {
  id: number;
  startedAt: number;
  finishedAt: number | null;
  status: RunStatus;
  trigger: RunTrigger;
  simulated: boolean;
  owner: string;
  requests: number;
  error: string | null;
  regions: RegionOutcome[];
}

/** The collector's lease was taken over (it was held past its expiry): this run must stop writing. */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}

type LeaseUpdate = UpdateQueryBuilder<InventoryTables, 'collector_lease', 'collector_lease', UpdateResult>;

/** Sets the lease row where `condition` holds; true when it did (the one row matched). */
async function updateLease(
  db: InventoryDb,
  set: Updateable<LeaseTable>,
  condition: (update: LeaseUpdate) => LeaseUpdate,
): Promise<boolean> {
  const result = await condition(
    db.updateTable('collector_lease').set(set).where('id', '=', 1),
  ).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes the lease if it is free, expired, or already ours. A conditional update on one row, so
 * two replicas asking at once get one answer each: PostgreSQL re-checks the condition after the
 * other's commit, SQLite writes one at a time.
 */
export const takeLease = (db: InventoryDb, owner: string, now: number, ttlMs: number) =>
  updateLease(db, { owner, expires_at: now + ttlMs }, (update) =>
    update.where((eb) => eb.or([eb('expires_at', '<', now), eb('owner', '=', owner)])),
  );

/** Takes the lease from a holder that is gone (Engine.holderGone), if it still holds it. */
export const takeLeaseFrom = (db: InventoryDb, owner: string, holder: string, now: number, ttlMs: number) =>
  updateLease(db, { owner, expires_at: now + ttlMs }, (update) => update.where('owner', '=', holder));

/** Extends a lease we hold; false when another replica has it now (we held it past its expiry). */
export const renewLease = (db: InventoryDb, owner: string, now: number, ttlMs: number) =>
  updateLease(db, { expires_at: now + ttlMs }, (update) =>
    update.where('owner', '=', owner).where('expires_at', '>=', now),
  );

export async function releaseLease(db: InventoryDb, owner: string): Promise<void> {
  await updateLease(db, { expires_at: 0 }, (update) => update.where('owner', '=', owner));
}

export async function leaseHolder(db: InventoryDb, now: number): Promise<string | null> {
  const row = await db
    .selectFrom('collector_lease')
    .select(['owner', 'expires_at'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return row && row.expires_at >= now ? row.owner : null;
}

/**
 * Runs left `running` by a collector that is gone (its lease expired, or this process restarted):
 * they are incomplete, and what they staged is dropped. Only the lease holder calls this.
 */
export async function interruptRunning(db: InventoryDb, now: number): Promise<number[]> {
  const stale = await db.selectFrom('runs').select('id').where('status', '=', 'running').execute();
  const ids = stale.map((row) => row.id);
  if (ids.length === 0) return [];
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('runs')
      .set({
        status: 'interrupted',
        finished_at: now,
        error:
          'The collector stopped before this run finished (the server was stopped or lost the database).',
      })
      .where('id', 'in', ids)
      .execute();
    await trx.deleteFrom('staged_versions').where('run_id', 'in', ids).execute();
  });
  return ids;
}

export async function startRun(
  db: InventoryDb,
  run: { startedAt: number; trigger: RunTrigger; simulated: boolean; owner: string },
): Promise<number> {
  const row = await db
    .insertInto('runs')
    .values({
      started_at: run.startedAt,
      finished_at: null,
      status: 'running',
      trigger: run.trigger,
      simulated: run.simulated,
      owner: run.owner,
      heartbeat_at: run.startedAt,
      requests: 0,
      error: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function heartbeat(
  db: InventoryDb,
  runId: number,
  now: number,
  requests: number,
): Promise<void> {
  await db.updateTable('runs').set({ heartbeat_at: now, requests }).where('id', '=', runId).execute();
}

export async function finishRun(
  db: InventoryDb,
  runId: number,
  end: { finishedAt: number; status: RunStatus; requests: number; error: string | null },
): Promise<void> {
  await db
    .updateTable('runs')
    .set({ finished_at: end.finishedAt, status: end.status, requests: end.requests, error: end.error })
    .where('id', '=', runId)
    .execute();
}

export async function recordRegion(db: InventoryDb, runId: number, outcome: RegionOutcome): Promise<void> {
  await db.insertInto('run_regions').values(regionRow(runId, outcome)).execute();
}

export function regionRow(runId: number, outcome: RegionOutcome) {
  return {
    run_id: runId,
    region: outcome.region,
    outcome: outcome.outcome,
    observed_at: outcome.observedAt,
    finished_at: outcome.finishedAt,
    status: outcome.status,
    code: outcome.code,
    request_id: outcome.requestId,
    error: outcome.error,
    volumes: outcome.volumes,
    servers: outcome.servers,
    requests: outcome.requests,
    changes: outcome.changes,
  };
}

/** Newest first, each with its regions. */
export async function recentRuns(
  db: InventoryDb,
  limit: number,
  filter: { simulated?: boolean } = {},
): Promise<RunRecord[]> {
  let query = db
    .selectFrom('runs')
    .selectAll()
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit);
  if (filter.simulated !== undefined) query = query.where('simulated', '=', filter.simulated);
  const runs = await query.execute();
  if (runs.length === 0) return [];
  const regions = await db
    .selectFrom('run_regions')
    .selectAll()
    .where(
      'run_id',
      'in',
      runs.map((run) => run.id),
    )
    .orderBy('region')
    .execute();
  return runs.map((run) => ({
    id: Number(run.id),
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    status: run.status,
    trigger: run.trigger,
    simulated: bool(run.simulated),
    owner: run.owner,
    requests: run.requests,
    error: run.error,
    regions: regions
      .filter((row) => Number(row.run_id) === Number(run.id))
      .map((row) => ({
        region: row.region,
        outcome: row.outcome,
        observedAt: row.observed_at,
        finishedAt: row.finished_at,
        status: row.status,
        code: row.code,
        requestId: row.request_id,
        error: row.error,
        volumes: row.volumes,
        servers: row.servers,
        requests: row.requests,
        changes: row.changes,
      })),
  }));
}

/** When the last run that was not simulated started (the schedule counts from it), or null. */
export async function lastLiveRunStart(db: InventoryDb, trigger?: RunTrigger): Promise<number | null> {
  let query = db
    .selectFrom('runs')
    .select((eb) => eb.fn.max('started_at').as('at'))
    .where('simulated', '=', false);
  if (trigger) query = query.where('trigger', '=', trigger);
  const row = await query.executeTakeFirst();
  return row?.at === null || row?.at === undefined ? null : Number(row.at);
}

/** Per region, the latest complete observation: its time and its run's finish. */
export async function latestObservations(
  db: InventoryDb,
): Promise<{ region: string; observedAt: number; finishedAt: number; runId: number }[]> {
  const latest = db
    .selectFrom('run_regions')
    .select(['region', (eb) => eb.fn.max('observed_at').as('observed_at')])
    .where('outcome', '=', 'complete')
    .groupBy('region')
    .as('latest');
  const rows = await db
    .selectFrom('run_regions as r')
    .innerJoin(latest, (join) =>
      join.onRef('r.region', '=', 'latest.region').onRef('r.observed_at', '=', 'latest.observed_at'),
    )
    .select(['r.region', 'r.observed_at', 'r.finished_at', 'r.run_id'])
    .where('r.outcome', '=', 'complete')
    .orderBy('r.region')
    .execute();
  return rows.map((row) => ({
    region: row.region,
    observedAt: row.observed_at,
    finishedAt: row.finished_at,
    runId: Number(row.run_id),
  }));
}

/** The earliest complete observation kept (after retention), or null before the first. */
export async function historyStart(db: InventoryDb): Promise<number | null> {
  const row = await db
    .selectFrom('run_regions')
    .select((eb) => eb.fn.min('observed_at').as('at'))
    .where('outcome', '=', 'complete')
    .executeTakeFirst();
  return row?.at === null || row?.at === undefined ? null : Number(row.at);
}
