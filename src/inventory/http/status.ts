import type { InventoryStatus } from '../../scp/inventory-schema.ts';
import type { Collector } from '../collector.ts';
import type { InventoryConfig } from '../config.ts';
import type { Engine } from '../store/engine.ts';
import { readMeta } from '../store/meta.ts';
import { iso, isoOrNull, runJson } from '../store/present.ts';
import { historyStart, latestObservations, recentRuns } from '../store/runs.ts';

const LAST_RUNS = 10;

/** `GET /api/inventory/status`: the engine, the schedule, the history's extent and the last runs. */
export async function inventoryStatus(
  engine: Engine,
  collector: Collector,
  config: InventoryConfig,
  now: number,
): Promise<InventoryStatus> {
  const { db } = engine;
  const [runs, observed, start, simulatedUntil, due] = await Promise.all([
    recentRuns(db, LAST_RUNS, { simulated: false }),
    latestObservations(db),
    historyStart(db),
    readMeta(db, 'simulated_until'),
    collector.dueAt(),
  ]);
  const local = collector.state();
  const running = local.running ?? runs.find((run) => run.status === 'running')?.id ?? null;
  const simulatedEnd = simulatedUntil === null ? null : Number(simulatedUntil);
  const simulated = simulatedEnd !== null && start !== null && start <= simulatedEnd;
  return {
    enabled: true,
    engine: engine.kind,
    interval_seconds: config.intervalMs / 1000,
    retention_days: config.retentionDays,
    collector: {
      state: local.backfilling ? 'backfilling' : running !== null ? 'running' : 'idle',
      run_id: running,
    },
    next_run_at: running !== null ? null : iso(Math.max(due, now)),
    history: {
      start: isoOrNull(start),
      simulated,
      simulated_until: simulated ? isoOrNull(simulatedEnd) : null,
    },
    regions: observed.map((region) => ({
      region: region.region,
      as_of: iso(region.observedAt),
      finished_at: iso(region.finishedAt),
    })),
    last_runs: runs.map(runJson),
  };
}

/** What the status says with SCP_INVENTORY=off: no database, no runs, no history. */
export function disabledStatus(config: InventoryConfig): InventoryStatus {
  return {
    enabled: false,
    engine: null,
    interval_seconds: config.intervalMs / 1000,
    retention_days: config.retentionDays,
    collector: { state: 'disabled', run_id: null },
    next_run_at: null,
    history: { start: null, simulated: false, simulated_until: null },
    regions: [],
    last_runs: [],
  };
}
