import { Counter, Gauge, type Registry } from 'prom-client';

/** Idle-volume buckets: each counts volumes idle for at least that long, so 90d ⊆ 30d ⊆ 7d. */
export const IDLE_BUCKETS = ['7d', '30d', '90d'] as const;
export type IdleBucket = (typeof IDLE_BUCKETS)[number];

export type RunOutcome = 'success' | 'partial' | 'failure';
export const RUN_OUTCOMES: readonly RunOutcome[] = ['success', 'partial', 'failure'];

/** Volumes of one region, state and volume type in the latest complete run. */
export interface VolumeGroupRow {
  region: string;
  /** SCP's state, verbatim (`available`, `in-use`, `error_extending`, …). */
  state: string;
  volumeType: string;
  volumes: number;
  sizeBytes: number;
}

/** One region's figures in the latest complete run. */
export interface RegionRow {
  region: string;
  /** Volumes attached to no server, and their size. */
  unattached: number;
  unattachedSizeBytes: number;
  /** Unattached for at least 7, 30 and 90 days (from the inventory's history). */
  idle: Readonly<Record<IdleBucket, number>>;
  encrypted: number;
}

export interface InventoryReading {
  /** The latest complete run, aggregated; null until one completed (its gauges are then absent, not 0). */
  latestRun: { volumes: readonly VolumeGroupRow[]; regions: readonly RegionRow[] } | null;
  collector: {
    /** Seconds between runs: "stale" in the alert rules means no success for three of them. */
    intervalSeconds: number;
    /** Runs finished by outcome; must only grow while the process runs (a Prometheus counter). */
    runs: Readonly<Record<RunOutcome, number>>;
    /** The latest finished run's duration; null before the first. */
    lastRunSeconds: number | null;
    /** Every configured region, with its last successful run in Unix seconds, or 0 for never. */
    lastSuccess: readonly { region: string; at: number }[];
  };
}

/**
 * What the inventory (src/inventory) implements so its numbers reach /metrics. `read()` is
 * called once per scrape (every 15–60 s per Prometheus), never on a request path: return
 * figures kept in memory or one grouped query's rows. Plain data only, so the inventory needs
 * no metrics library, and a fake source is a literal. A rejected read fails that scrape (500).
 */
export interface InventoryMetricsSource {
  read(): InventoryReading | Promise<InventoryReading>;
}

/**
 * The registration point for the inventory's metrics: the host calls it once, when it starts
 * the inventory; until then /metrics has none of them. Every value is read from `source` at
 * scrape time (one read per scrape, shared by all of them), so nothing here is on a request path.
 */
export function registerInventoryMetrics(registry: Registry, source: InventoryMetricsSource): void {
  // prom-client collects every metric of a scrape in the same tick: they share one read.
  let reading: Promise<InventoryReading> | null = null;
  const read = (): Promise<InventoryReading> => {
    reading ??= Promise.resolve(source.read()).finally(() => {
      reading = null;
    });
    return reading;
  };

  /** A gauge whose samples are all replaced by `fill` at each scrape: a region gone is gone. */
  function gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    fill: (set: (labels: Record<L, string>, value: number) => void, reading: InventoryReading) => void,
  ): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect() {
        const current = await read();
        this.reset();
        // reset() gives a gauge without labels the value 0; a value not known is no sample.
        if (labelNames.length === 0) this.remove({} as Record<L, string>);
        fill((labels, value) => this.set(labels, value), current);
      },
    });
  }

  const latest = (r: InventoryReading) => r.latestRun ?? { volumes: [], regions: [] };
  /** One figure of each region in the latest run. */
  const regionGauge = (name: string, help: string, figure: (row: RegionRow) => number): void =>
    gauge(name, help, ['region'], (set, r) => {
      for (const row of latest(r).regions) set({ region: row.region }, figure(row));
    });
  /** One figure of each region, state and volume type in the latest run. */
  const groupGauge = (name: string, help: string, figure: (row: VolumeGroupRow) => number): void =>
    gauge(name, help, ['region', 'state', 'volume_type'], (set, r) => {
      for (const row of latest(r).volumes) {
        set({ region: row.region, state: row.state, volume_type: row.volumeType }, figure(row));
      }
    });

  groupGauge('scp_volumes', 'Volumes in the latest complete inventory run.', (row) => row.volumes);
  groupGauge(
    'scp_volume_size_bytes',
    'Provisioned size of the volumes in the latest complete inventory run.',
    (row) => row.sizeBytes,
  );
  regionGauge('scp_volumes_unattached', 'Volumes attached to no server.', (row) => row.unattached);
  regionGauge(
    'scp_volumes_unattached_size_bytes',
    'Size of the volumes attached to no server.',
    (row) => row.unattachedSizeBytes,
  );
  gauge(
    'scp_volumes_idle',
    'Volumes unattached for at least the given time (7d, 30d, 90d; each includes the longer ones).',
    ['region', 'idle'],
    (set, r) => {
      for (const row of latest(r).regions) {
        for (const idle of IDLE_BUCKETS) set({ region: row.region, idle }, row.idle[idle]);
      }
    },
  );
  regionGauge('scp_volumes_encrypted', 'Encrypted volumes.', (row) => row.encrypted);
  gauge(
    'scp_inventory_last_success_timestamp_seconds',
    'When the collector last listed the region completely, Unix seconds; 0 for never.',
    ['region'],
    (set, r) => {
      for (const { region, at } of r.collector.lastSuccess) set({ region }, at);
    },
  );
  gauge('scp_inventory_interval_seconds', 'Seconds between collector runs.', [], (set, r) => {
    set({}, r.collector.intervalSeconds);
  });
  gauge(
    'scp_inventory_run_duration_seconds',
    'Duration of the latest finished collector run.',
    [],
    (set, r) => {
      if (r.collector.lastRunSeconds !== null) set({}, r.collector.lastRunSeconds);
    },
  );
  new Counter({
    name: 'scp_inventory_runs_total',
    help: 'Collector runs finished, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [registry],
    // The source counts; the counter only shows its figures.
    async collect() {
      const { runs } = (await read()).collector;
      this.reset();
      for (const outcome of RUN_OUTCOMES) this.inc({ outcome }, runs[outcome]);
    },
  });
}
