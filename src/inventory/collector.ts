import type { UpstreamState, UpstreamTarget } from '../proxy/upstream.ts';
import { backfill } from './backfill.ts';
import type { HistorySource } from './history-source.ts';
import type { InventoryLogger } from './logger.ts';
import type { RunStatus } from './model.ts';
import { observeVolume } from './observe.ts';
import { startRecording } from './recorder.ts';
import type { InventoryDb } from './store/engine.ts';
import { compact } from './store/retention.ts';
import {
  finishRun,
  heartbeat,
  interruptRunning,
  lastLiveRunStart,
  leaseHolder,
  LeaseLostError,
  releaseLease,
  renewLease,
  startRun,
  takeLease,
  takeLeaseFrom,
} from './store/runs.ts';
import {
  walkServers,
  walkSnapshots,
  walkVolumes,
  type WalkContext,
  type WalkDeps,
  type WalkPolicy,
} from './walk.ts';

export interface CollectorOptions {
  db: InventoryDb;
  /** The proxy's upstream: the same targets (keys, endpoints, simulators) the proxy signs for. */
  upstream: Promise<UpstreamState>;
  walk: WalkDeps;
  policy: WalkPolicy;
  /** This replica, in the lease and the runs it starts. */
  owner: string;
  /** Whether a lease holder is certainly gone (Engine.holderGone): its lease is then taken at once. */
  holderGone?: (holder: string) => Promise<boolean>;
  intervalMs: number;
  retentionMs: number;
  leaseTtlMs: number;
  /** A simulated past for a first start on the simulator; null with real keys. */
  history: HistorySource | null;
  historyDays: number;
  logger: InventoryLogger;
  /** Aborts walks and waits when the server stops. */
  signal: AbortSignal;
}

export type Trigger = 'schedule' | 'manual';

export type StartResult =
  | { kind: 'started'; runId: number; finished: Promise<RunStatus> }
  /** Another run holds the lease (here or on another replica). */
  | { kind: 'busy' }
  /** A scheduled run that another replica already made this interval. */
  | { kind: 'not-due'; dueAt: number };

/** Retention is applied after a run at most this often: it is days, a few hours either way do not matter. */
const COMPACT_EVERY_MS = 6 * 3_600_000;

/** Started this long before its due time counts as this interval's run (clocks and timers drift). */
const DUE_SLACK_MS = 5000;

/**
 * One collection at a time across every replica: a run starts only under the collector lease
 * (runs.ts), a scheduled one only when no run started within the interval, and it renews the
 * lease as it walks. Regions are walked one after the other, each recorded page by page and
 * committed when complete (recorder.ts).
 */
export function createCollector(options: CollectorOptions) {
  const { db, walk, policy, owner, logger, signal } = options;
  const now = walk.now;
  let running: number | null = null;
  let backfilling = false;
  let compacted = -Infinity;
  let starting = false;

  /** Renews the lease (and the run's heartbeat) once a third of its time has passed. */
  /**
   * Renews the lease (and the run's heartbeat) once a third of its time has passed: as pages
   * come, and on a timer meanwhile, since one page may wait out retries for longer than the lease.
   */
  function leaseKeeper(runId: number) {
    let renewed = now();
    let requests = 0;
    let lost = false;
    const renew = async (): Promise<void> => {
      renewed = now();
      if (!(await renewLease(db, owner, renewed, options.leaseTtlMs))) lost = true;
      else await heartbeat(db, runId, renewed, requests);
    };
    const timer = setInterval(() => void renew().catch(() => {}), options.leaseTtlMs / 3);
    timer.unref();
    return {
      count: () => void requests++,
      requests: () => requests,
      stop: () => clearInterval(timer),
      async keep(): Promise<void> {
        if (!lost && now() - renewed >= options.leaseTtlMs / 3) await renew();
        if (lost) throw new LeaseLostError('Another replica took over collecting: this run stops.');
      },
    };
  }

  async function walkRegion(
    runId: number,
    region: string,
    target: UpstreamTarget,
    keeper: ReturnType<typeof leaseKeeper>,
  ): Promise<boolean> {
    const at = now();
    let requests = 0;
    const context: WalkContext = {
      target,
      deps: walk,
      policy,
      signal,
      count: () => {
        requests++;
        keeper.count();
      },
    };
    const recording = await startRecording(db, {
      runId,
      region,
      at,
      simulated: false,
      lease: { owner, ttlMs: options.leaseTtlMs },
      now,
    });
    const servers = await walkServers(context);
    let volumes = 0;
    const counts = () => ({ volumes, servers: servers.names.size, requests });
    if (!servers.ok) {
      await recording.fail(counts(), { ...servers.failure, error: servers.failure.message });
      logger.warn(`[inventory] run ${runId}: ${region} failed listing servers: ${servers.failure.message}`);
      return false;
    }
    const snapshots = await walkSnapshots(context);
    if (!snapshots.ok) {
      await recording.fail(counts(), { ...snapshots.failure, error: snapshots.failure.message });
      logger.warn(
        `[inventory] run ${runId}: ${region} failed listing snapshots: ${snapshots.failure.message}`,
      );
      return false;
    }
    const snapshotsOf = (id: string) => snapshots.byVolume.get(id) ?? [];
    const walked = await walkVolumes(context, async (page) => {
      await keeper.keep();
      recording.keep(page.unreadable);
      await recording.add(
        page.volumes.map((volume) =>
          observeVolume(volume, region, (id) => servers.names.get(id) ?? null, snapshotsOf),
        ),
      );
      volumes += page.volumes.length + page.unreadable.length;
    });
    if (!walked.ok) {
      await recording.fail(counts(), { ...walked.failure, error: walked.failure.message });
      logger.warn(`[inventory] run ${runId}: ${region} failed listing volumes: ${walked.failure.message}`);
      return false;
    }
    const { changes } = await recording.complete(counts());
    logger.info(
      `[inventory] run ${runId}: ${region} complete, ${volumes} volumes, ${snapshots.count} snapshots, ${changes} changes, ${requests} requests`,
    );
    return true;
  }

  async function runBody(runId: number): Promise<RunStatus> {
    const keeper = leaseKeeper(runId);
    let status: RunStatus = 'failed';
    let error: string | null = null;
    try {
      const state = await options.upstream;
      if (!state.ready) {
        error = state.message;
      } else {
        let complete = 0;
        for (const [region, target] of state.regions) {
          if (signal.aborted) break;
          if (await walkRegion(runId, region, target, keeper)) complete++;
        }
        status = complete === state.regions.size ? 'complete' : complete > 0 ? 'partial' : 'failed';
        if (signal.aborted) {
          status = 'interrupted';
          error = 'The server stopped during this run.';
        }
      }
      await finishRun(db, runId, { finishedAt: now(), status, requests: keeper.requests(), error });
      if (now() - compacted >= COMPACT_EVERY_MS) {
        compacted = now();
        const removed = await compact(db, compacted - options.retentionMs);
        if (removed.versions + removed.events + removed.runs > 0) {
          logger.info(
            `[inventory] retention: removed ${removed.versions} versions, ${removed.events} events, ${removed.runs} runs`,
          );
        }
      }
      return status;
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      logger.warn(`[inventory] run ${runId} stopped: ${message}`);
      // Best effort: with the database gone this fails too, and the next collector marks it interrupted.
      await finishRun(db, runId, {
        finishedAt: now(),
        status: 'failed',
        requests: keeper.requests(),
        error: message,
      }).catch(() => {});
      throw caught;
    } finally {
      keeper.stop();
      running = null;
      await releaseLease(db, owner).catch(() => {});
    }
  }

  /** The simulated past, when there is a history source and this database has no run at all. */
  async function fillThePast(state: UpstreamState): Promise<void> {
    // Only ever for the simulator: a real account's history begins honestly with its first run.
    if (
      !options.history ||
      options.historyDays <= 0 ||
      !state.ready ||
      state.target.status.mode !== 'simulator'
    ) {
      return;
    }
    const anyRun = await db.selectFrom('runs').select('id').limit(1).executeTakeFirst();
    if (anyRun) return;
    backfilling = true;
    const started = now();
    try {
      const result = await backfill({
        db,
        source: options.history,
        regions: state.regions,
        context: (target) => ({ target, deps: walk, policy, signal, count: () => {} }),
        now: now(),
        intervalMs: options.intervalMs,
        days: options.historyDays,
        owner,
      });
      logger.info(
        `[inventory] simulated ${options.historyDays} days of history for ${result.regions.join(', ') || 'no region'}: ` +
          `${result.runs} runs, ${result.versions} versions, ${result.events} changes, in ${now() - started} ms`,
      );
    } finally {
      backfilling = false;
    }
  }

  /** The lease: free, expired, ours, or held by a replica that is gone (killed mid-run). */
  async function takeOver(at: number): Promise<boolean> {
    if (await takeLease(db, owner, at, options.leaseTtlMs)) return true;
    const holder = await leaseHolder(db, at);
    if (holder === null || holder === owner || !(await options.holderGone?.(holder))) return false;
    logger.warn(`[inventory] the collector ${holder} is gone: taking over its lease`);
    return takeLeaseFrom(db, owner, holder, at, options.leaseTtlMs);
  }

  async function claim(trigger: Trigger): Promise<StartResult> {
    const at = now();
    if (!(await takeOver(at))) return { kind: 'busy' };
    try {
      const interrupted = await interruptRunning(db, at);
      if (interrupted.length > 0) {
        logger.warn(`[inventory] runs ${interrupted.join(', ')} were left unfinished: marked interrupted`);
      }
      const last = await lastLiveRunStart(db);
      if (trigger === 'schedule' && last !== null && at < last + options.intervalMs - DUE_SLACK_MS) {
        await releaseLease(db, owner);
        return { kind: 'not-due', dueAt: last + options.intervalMs };
      }
      // A first start on the simulator writes its past before its first live run.
      if (trigger === 'schedule') await fillThePast(await options.upstream);
      const runId = await startRun(db, { startedAt: now(), trigger, simulated: false, owner });
      running = runId;
      return { kind: 'started', runId, finished: runBody(runId) };
    } catch (error) {
      running = null;
      await releaseLease(db, owner).catch(() => {});
      throw error;
    }
  }

  return {
    /** The run under way in this process, and whether the simulated past is being written. */
    state: () => ({ running, backfilling }),

    /** When the next scheduled run is due: an interval after the last one started (now if none). */
    async dueAt(): Promise<number> {
      const last = await lastLiveRunStart(db);
      return last === null ? now() : last + options.intervalMs;
    },

    /**
     * Starts a run if this replica can take the lease (and, when scheduled, if one is due). The
     * run goes on in the background; `finished` settles with its status.
     */
    async start(trigger: Trigger): Promise<StartResult> {
      // Claimed before the first await: two calls at once in this process would both hold the
      // lease (it is this replica's either way).
      if (starting || running !== null) return { kind: 'busy' };
      starting = true;
      try {
        return await claim(trigger);
      } finally {
        starting = false;
      }
    },
  };
}

export type Collector = ReturnType<typeof createCollector>;
