import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isInventoryPath } from '../scp/inventory-routes.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../proxy/handler.ts';
import { middleware } from '../proxy/middleware.ts';
import { createUpstreamClient, type FetchUpstream } from '../proxy/upstream-client.ts';
import type { UpstreamState } from '../proxy/upstream.ts';
import { createCollector } from './collector.ts';
import { type InventoryConfig, type InventoryEnv, readInventoryConfig } from './config.ts';
import type { HistorySource } from './history-source.ts';
import { createInventoryHandler, type InventoryState, MANUAL_RUN_GAP_MS } from './http/handler.ts';
import type { InventoryLogger } from './logger.ts';
import { type Clock, realClock, runSchedule } from './schedule.ts';
import { aggregates, type InventoryAggregates } from './store/aggregates.ts';
import type { Engine } from './store/engine.ts';
import { pinnedEpoch } from './store/meta.ts';
import { openStore } from './store/open-store.ts';
import { newOwner } from './store/owner.ts';
import { recentRuns, type RunRecord } from './store/runs.ts';
import { DEFAULT_WALK_POLICY, type WalkPolicy } from './walk.ts';

export interface InventoryOptions {
  /** SCP_INVENTORY*, SCP_DATA_DIR, DATABASE_URL: merged by the host (process.env over .env files). */
  env: InventoryEnv;
  /** The project folder: SCP_DATA_DIR is relative to it. */
  root: string;
  logger: InventoryLogger;
  /** The simulated past for a first start on the simulator (src/simulator/history.ts); ignored with keys. */
  history?: HistorySource;
  clock?: Clock;
  fetchUpstream?: FetchUpstream;
  random?: () => number;
  policy?: Partial<WalkPolicy>;
  leaseTtlMs?: number;
  /** Between two runs asked for by POST (default a minute). */
  manualRunGapMs?: number;
}

/** For metrics (issue #27): the latest complete observation's aggregates and the last live runs. */
export interface InventorySnapshot {
  aggregates: InventoryAggregates;
  runs: RunRecord[];
}

export interface Inventory {
  config: InventoryConfig;
  isInventoryPath(rawUrl: string | undefined): boolean;
  /** Answers every /api/inventory request (a Connect middleware too: other paths go to `next`). */
  handle(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  /**
   * Starts collecting from the signing proxy's upstream (createScpProxy().upstream): the same
   * targets, keys and simulators the proxy signs for. Called once, after the proxy is created.
   */
  collect(upstream: Promise<UpstreamState>): void;
  /**
   * The simulator's pinned "now" (SCP_SIMULATOR_EPOCH), kept in this database so every restart
   * and every replica serves the account its history recorded; null when the database is not
   * available within a few seconds (the simulator then dates from its start, as without one).
   */
  simulatorEpoch(): Promise<number | null>;
  /** Settles once the database is open and the collector scheduled (or the inventory is off). */
  ready: Promise<void>;
  snapshot(): Promise<InventorySnapshot | null>;
  /** Stops the collector (a run under way is marked interrupted) and closes the database. */
  close(): Promise<void>;
}

const LEASE_TTL_MS = 120_000;
const EPOCH_WAIT_MS = 5000;
const CLOSE_WAIT_MS = 10_000;

/**
 * The inventory, framework-free like the proxy: reads its configuration (an
 * InventoryConfigError is thrown here, so a misconfigured server does not start), opens the
 * database in the background (retrying, and answering 503 with the reason meanwhile), then
 * collects on schedule. Nothing here throws into the host once started.
 */
export function createInventory(options: InventoryOptions): Inventory {
  const { logger } = options;
  const config = readInventoryConfig(options.env, options.root);
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const stop = new AbortController();
  const client = createUpstreamClient();
  const owner = newOwner();
  let state: InventoryState = config.enabled
    ? { kind: 'unavailable', reason: 'it is being opened.' }
    : { kind: 'disabled' };
  let engine: Engine | null = null;
  let schedule: Promise<void> = Promise.resolve();
  // Wrapped: a promise resolved with a promise would wait for the inner one.
  let giveUpstream: (given: { upstream: Promise<UpstreamState> }) => void = () => {};
  const upstream = new Promise<{ upstream: Promise<UpstreamState> }>((resolve) => (giveUpstream = resolve));
  // Settles when the database is open, or on its first failure: the simulator's start waits for
  // this (simulatorEpoch), and must not wait out every retry.
  let settled: () => void = () => {};
  const firstAttempt = new Promise<void>((resolve) => (settled = resolve));
  const reportProblem = (problem: string | null): void => {
    if (state.kind === 'ready' && state.problem !== problem) state = { ...state, problem };
  };

  async function open(): Promise<void> {
    for (let attempt = 0; !stop.signal.aborted; attempt++) {
      try {
        engine = await openStore(config.location, {
          now: clock.now,
          owner,
          onPoolError: (error) => logger.warn(`[inventory] database connection lost: ${error.message}`),
        });
        break;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        state = { kind: 'unavailable', reason };
        settled();
        const wait = Math.min(60_000, 2000 * 2 ** Math.min(attempt, 5));
        logger.error(
          `[inventory] cannot open ${config.location.engine === 'sqlite' ? config.location.path : 'the PostgreSQL database'}: ` +
            `${reason} (the live table works without it; trying again in ${wait / 1000} s)`,
        );
        await clock.sleep(wait, stop.signal);
      }
    }
    settled();
    if (engine === null) return;
    const given = await Promise.race([
      upstream,
      new Promise<null>((resolve) => stop.signal.addEventListener('abort', () => resolve(null))),
    ]);
    if (given === null) return;
    const collector = createCollector({
      db: engine.db,
      upstream: given.upstream,
      walk: {
        fetchUpstream: options.fetchUpstream ?? client.fetchUpstream,
        now: clock.now,
        sleep: clock.sleep,
        maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
      },
      policy: { ...DEFAULT_WALK_POLICY, ...options.policy },
      owner,
      holderGone: engine.holderGone,
      intervalMs: config.intervalMs,
      retentionMs: config.retentionDays * 86_400_000,
      leaseTtlMs: options.leaseTtlMs ?? LEASE_TTL_MS,
      history: options.history ?? null,
      historyDays: config.historyDays,
      logger,
      signal: stop.signal,
    });
    const ready = engine;
    state = { kind: 'ready', engine: ready, collector, problem: null };
    logger.info(
      `[inventory] ${ready.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} at ${ready.where}; ` +
        `collecting every ${config.intervalMs / 60_000} min, keeping ${config.retentionDays} days`,
    );
    schedule = runSchedule({
      collector,
      clock,
      intervalMs: config.intervalMs,
      signal: stop.signal,
      logger,
      random,
      onStoreProblem: reportProblem,
    });
  }

  const ready = config.enabled ? open() : Promise.resolve();
  const handler = createInventoryHandler({
    config,
    state: () => state,
    reportProblem,
    manualRunGapMs: options.manualRunGapMs ?? MANUAL_RUN_GAP_MS,
    now: clock.now,
    requestId: randomUUID,
    logger,
  });

  return {
    config,
    isInventoryPath,
    handle: middleware({
      owns: isInventoryPath,
      handler,
      report: (error, req) =>
        logger.warn(`[inventory] ${req.method ?? ''} ${req.url ?? ''} failed: ${String(error)}`),
    }),
    ready,
    collect(given) {
      giveUpstream({ upstream: given });
    },
    async simulatorEpoch() {
      if (!config.enabled) return null;
      await Promise.race([
        firstAttempt,
        new Promise((resolve) => setTimeout(resolve, EPOCH_WAIT_MS).unref()),
      ]);
      const open = engine as Engine | null;
      if (open === null) return null;
      try {
        return await pinnedEpoch(open.db, clock.now());
      } catch (error) {
        logger.warn(`[inventory] could not read the simulator's epoch: ${String(error)}`);
        return null;
      }
    },
    async snapshot() {
      if (state.kind !== 'ready') return null;
      const [rows, runs] = await Promise.all([
        aggregates(state.engine.db, clock.now()),
        recentRuns(state.engine.db, 50, { simulated: false }),
      ]);
      return { aggregates: rows, runs };
    },
    async close() {
      stop.abort();
      const settled = (async () => {
        await ready.catch(() => {});
        // Read after `ready`: open() starts the schedule.
        await schedule.catch(() => {});
      })();
      await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]);
      client.close();
      await (engine as Engine | null)?.close().catch(() => {});
    },
  };
}
