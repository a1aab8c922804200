import type {
  InventoryMetricsSource,
  InventoryReading,
  RegionRow,
  RunOutcome,
  VolumeGroupRow,
} from '../metrics/inventory-metrics.ts';
import type { InventorySnapshot } from './create-inventory.ts';
import type { RunStatus } from './model.ts';
import type { IdleBucket } from './store/aggregates.ts';

/** SCP's volume sizes are GiB (OpenStack Cinder's unit, which its volume API follows). */
const GIB = 1024 ** 3;

const OUTCOME: Partial<Record<RunStatus, RunOutcome>> = {
  complete: 'success',
  partial: 'partial',
  failed: 'failure',
  // Stopped mid-run (the server stopped or lost its lease): it did not succeed.
  interrupted: 'failure',
};

/** Buckets of at least 7, 30 and 90 days: each includes the longer ones. */
const AT_LEAST: Record<'7d' | '30d' | '90d', readonly IdleBucket[]> = {
  '7d': ['7d', '30d', '90d'],
  '30d': ['30d', '90d'],
  '90d': ['90d'],
};

const seconds = (ms: number): number => Math.floor(ms / 1000);

/**
 * The inventory as /metrics reads it (src/metrics/inventory-metrics.ts): its snapshot (the
 * latest complete observation grouped, the last live runs) at each scrape. Runs are counted
 * the first time they are seen finished, so `runs` only grows while the process runs; a
 * snapshot that cannot be read (the database not open yet) shows no volumes and keeps the
 * collector's figures as last seen, so a stale inventory still alerts.
 */
export function inventoryMetricsSource(inventory: {
  config: { intervalMs: number };
  snapshot(): Promise<InventorySnapshot | null>;
}): InventoryMetricsSource {
  let counted = new Set<number>();
  const runs: Record<RunOutcome, number> = { success: 0, partial: 0, failure: 0 };
  let lastRunSeconds: number | null = null;
  const lastSuccess = new Map<string, number>();

  return {
    async read(): Promise<InventoryReading> {
      const snapshot = await inventory.snapshot();
      if (snapshot !== null) take(snapshot);
      return {
        latestRun: snapshot === null ? null : latestRun(snapshot),
        collector: {
          intervalSeconds: inventory.config.intervalMs / 1000,
          runs: { ...runs },
          lastRunSeconds,
          lastSuccess: [...lastSuccess].map(([region, at]) => ({ region, at })),
        },
      };
    },
  };

  function take({ aggregates, runs: recent }: InventorySnapshot): void {
    const seen = new Set<number>();
    for (const run of recent) {
      const outcome = OUTCOME[run.status];
      if (outcome === undefined || run.finishedAt === null) continue;
      seen.add(run.id);
      if (!counted.has(run.id)) runs[outcome] += 1;
      for (const { region } of run.regions) if (!lastSuccess.has(region)) lastSuccess.set(region, 0);
    }
    // Runs newer than the window's oldest are all in it: the ones that left can be forgotten.
    counted = seen;
    const latest = recent.find((run) => run.finishedAt !== null);
    if (latest?.finishedAt != null) lastRunSeconds = (latest.finishedAt - latest.startedAt) / 1000;
    for (const { region, observedAt } of aggregates.regions) lastSuccess.set(region, seconds(observedAt));
  }
}

function latestRun({ aggregates }: InventorySnapshot): InventoryReading['latestRun'] {
  const volumes = new Map<string, VolumeGroupRow>();
  const regions = new Map<string, RegionRow>();
  const regionRow = (region: string): RegionRow => {
    let row = regions.get(region);
    if (!row) {
      row = {
        region,
        unattached: 0,
        unattachedSizeBytes: 0,
        idle: { '7d': 0, '30d': 0, '90d': 0 },
        encrypted: 0,
      };
      regions.set(region, row);
    }
    return row;
  };
  for (const { region } of aggregates.regions) regionRow(region);
  for (const row of aggregates.rows) {
    const volumeType = row.volumeType ?? 'unknown';
    const key = `${row.region}\n${row.state}\n${volumeType}`;
    const group = volumes.get(key) ?? {
      region: row.region,
      state: row.state,
      volumeType,
      volumes: 0,
      sizeBytes: 0,
    };
    group.volumes += row.count;
    group.sizeBytes += row.sizeGb * GIB;
    volumes.set(key, group);

    const perRegion = regionRow(row.region);
    if (row.idle !== 'attached') {
      perRegion.unattached += row.count;
      perRegion.unattachedSizeBytes += row.sizeGb * GIB;
    }
    const idle = perRegion.idle as Record<'7d' | '30d' | '90d', number>;
    for (const bucket of ['7d', '30d', '90d'] as const) {
      if (AT_LEAST[bucket].includes(row.idle)) idle[bucket] += row.count;
    }
    if (row.encrypted) perRegion.encrypted += row.count;
  }
  return { volumes: [...volumes.values()], regions: [...regions.values()] };
}
