import type { Collector } from './collector.ts';
import type { InventoryLogger } from './logger.ts';
import { LeaseLostError } from './store/runs.ts';

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve();
      const timer = setTimeout(done, Math.max(0, ms));
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    }),
};

export interface ScheduleOptions {
  collector: Collector;
  clock: Clock;
  intervalMs: number;
  signal: AbortSignal;
  logger: InventoryLogger;
  /** A run failed on the database (with why), or one wrote again (null): the API's 503 follows it. */
  onStoreProblem: (reason: string | null) => void;
  /** 0 ≤ x < 1, for the jitter that keeps replicas from asking at the same instant. */
  random: () => number;
}

/** How long to wait before asking again when another replica holds the lease. */
const BUSY_WAIT_MS = 30_000;
const JITTER_MS = 2000;

/**
 * The collector's loop: wait until the next run is due (an interval after the last one started,
 * whichever replica ran it), run it, repeat. A database that fails is reported and retried with
 * a growing wait up to the interval; the loop itself never throws, so the server never stops.
 */
export async function runSchedule(options: ScheduleOptions): Promise<void> {
  const { collector, clock, intervalMs, signal, logger } = options;
  let failures = 0;
  while (!signal.aborted) {
    let wait: number;
    try {
      const due = await collector.dueAt();
      if (clock.now() < due) {
        wait = due - clock.now();
      } else {
        const started = await collector.start('schedule');
        if (started.kind === 'started') {
          await started.finished;
          // A run wrote: the database works (reads alone would not say so: they may work while writes fail).
          options.onStoreProblem(null);
          wait = 0;
        } else if (started.kind === 'busy') {
          wait = Math.min(intervalMs, BUSY_WAIT_MS);
        } else {
          wait = Math.max(0, started.dueAt - clock.now());
        }
      }
      failures = 0;
    } catch (error) {
      if (error instanceof LeaseLostError) {
        logger.warn(`[inventory] ${error.message}`);
        await clock.sleep(Math.min(intervalMs, BUSY_WAIT_MS), signal);
        continue;
      }
      failures++;
      const reason = error instanceof Error ? error.message : String(error);
      options.onStoreProblem(reason);
      wait = Math.min(intervalMs, 5000 * 2 ** Math.min(failures - 1, 6));
      logger.error(`[inventory] collecting failed: ${reason} (next try in ${Math.round(wait / 1000)} s)`);
    }
    if (wait > 0 || !signal.aborted)
      await clock.sleep(wait + Math.floor(options.random() * JITTER_MS), signal);
  }
}
