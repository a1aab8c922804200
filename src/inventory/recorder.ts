import { type DiffContext, diffGone, diffVolume } from './diff.ts';
import type { ChangeEvent, ObservedVolume } from './model.ts';
import type { InventoryDb } from './store/engine.ts';
import {
  commitRegion,
  currentHashes,
  currentRecords,
  discardStaged,
  stageVersions,
} from './store/observations.ts';
import { recordRegion, type RegionOutcome } from './store/runs.ts';

export interface RecordingOptions {
  runId: number;
  region: string;
  /** The observation's time (the walk's start). */
  at: number;
  simulated: boolean;
  lease: { owner: string; ttlMs: number };
  now: () => number;
}

export interface RegionCounts {
  volumes: number;
  servers: number;
  requests: number;
}

export interface RegionRecording {
  /** One page of the walk, diffed and staged at once: memory holds a page, not the region. */
  add(page: readonly ObservedVolume[]): Promise<void>;
  /** Listed but unreadable: kept as they were (neither changed nor gone). */
  keep(ids: readonly string[]): void;
  /** The walk is complete: what it did not list is gone; everything is committed at once. */
  complete(counts: RegionCounts): Promise<{ changes: number; events: ChangeEvent[] }>;
  /** The walk failed: nothing it saw is kept, and the region's outcome says why. */
  fail(
    counts: RegionCounts,
    failure: Pick<RegionOutcome, 'status' | 'code' | 'requestId' | 'error'>,
  ): Promise<void>;
}

/**
 * One region's observation, recorded as it is walked. Only the current hashes of the region
 * are held (to tell unchanged volumes at once); changed ones are diffed against their current
 * record and their new versions staged, so a region of 100,000 volumes never sits in memory.
 */
export async function startRecording(db: InventoryDb, options: RecordingOptions): Promise<RegionRecording> {
  const hashes = await currentHashes(db, options.region);
  const baseline =
    (await db
      .selectFrom('run_regions')
      .select('run_id')
      .where('region', '=', options.region)
      .where('outcome', '=', 'complete')
      .limit(1)
      .executeTakeFirst()) === undefined;
  const context: DiffContext = { region: options.region, runId: options.runId, at: options.at, baseline };
  const seen = new Set<string>();
  const closing: string[] = [];
  const events: ChangeEvent[] = [];
  let changes = 0;
  let staged = 0;

  const outcome = (counts: RegionCounts, complete: boolean): RegionOutcome => ({
    region: options.region,
    outcome: complete ? 'complete' : 'failed',
    observedAt: options.at,
    finishedAt: options.now(),
    status: null,
    code: null,
    requestId: null,
    error: null,
    volumes: counts.volumes,
    servers: counts.servers,
    requests: counts.requests,
    changes,
  });

  return {
    async add(page) {
      const fresh = page.filter((volume) => !seen.has(volume.id));
      for (const volume of fresh) seen.add(volume.id);
      const changed = fresh.filter((volume) => hashes.get(volume.id) !== volume.hash);
      if (changed.length === 0) return;
      const known = changed.filter((volume) => hashes.has(volume.id)).map((volume) => volume.id);
      const before = new Map((await currentRecords(db, known)).map((record) => [record.id, record]));
      const versions = [];
      for (const volume of changed) {
        const change = diffVolume(before.get(volume.id), volume, context);
        if (!change) continue;
        changes++;
        if (change.closes) closing.push(volume.id);
        if (change.version) versions.push(change.version);
        events.push(...change.events);
      }
      await stageVersions(db, options.runId, versions);
      staged += versions.length;
    },
    keep(ids) {
      for (const id of ids) seen.add(id);
    },
    async complete(counts) {
      const gone = [...hashes.keys()].filter((id) => !seen.has(id));
      for (const before of await currentRecords(db, gone)) {
        const change = diffGone(before, context);
        changes++;
        closing.push(before.id);
        events.push(...change.events);
      }
      await commitRegion(db, {
        runId: options.runId,
        region: options.region,
        at: options.at,
        closing,
        staged,
        events,
        simulated: options.simulated,
        outcome: outcome(counts, true),
        lease: { owner: options.lease.owner, now: options.now(), ttlMs: options.lease.ttlMs },
      });
      return { changes, events };
    },
    async fail(counts, failure) {
      await discardStaged(db, options.runId, options.region);
      await recordRegion(db, options.runId, { ...outcome(counts, false), ...failure, changes: 0 });
    },
  };
}
