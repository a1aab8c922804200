import { describe, expect, it } from 'vitest';
import type { InventorySnapshot } from './create-inventory.ts';
import { inventoryMetricsSource } from './metrics-source.ts';
import type { RunRecord } from './store/runs.ts';
import { aggregateRow } from '../test/node/aggregate-rows.ts';

const GIB = 1024 ** 3;
const T = 1_767_225_600_000;

function run(id: number, status: RunRecord['status'], regions: string[] = ['kr-west1']): RunRecord {
  return {
    id,
    startedAt: T + id * 600_000,
    finishedAt: status === 'running' ? null : T + id * 600_000 + 4_500,
    status,
    trigger: 'schedule',
    simulated: false,
    owner: 'test',
    requests: 3,
    error: null,
    regions: regions.map((region) => ({
      region,
      outcome: status === 'failed' ? 'failed' : 'complete',
      observedAt: T,
      finishedAt: T,
      status: null,
      code: null,
      requestId: null,
      error: null,
      volumes: 0,
      servers: 0,
      requests: 1,
      changes: 0,
    })),
  } as RunRecord;
}

function source(snapshots: (InventorySnapshot | null)[]) {
  return inventoryMetricsSource({
    config: { intervalMs: 600_000 },
    snapshot: async () => snapshots.shift() ?? null,
  });
}

describe("the inventory's metrics source", () => {
  it('groups the latest complete observation by region, state and type, and per region', async () => {
    const snapshot: InventorySnapshot = {
      aggregates: {
        regions: [
          { region: 'kr-west1', observedAt: T },
          { region: 'kr-east1', observedAt: T - 60_000 },
        ],
        rows: [
          aggregateRow({ count: 3, sizeGb: 300, encrypted: true }),
          aggregateRow({ state: 'available', idle: 'under_7d', count: 2, sizeGb: 20 }),
          aggregateRow({ state: 'available', idle: '30d', count: 1, sizeGb: 100, encrypted: true }),
          aggregateRow({ state: 'available', idle: '90d', count: 4, sizeGb: 40 }),
          aggregateRow({ region: 'kr-east1', state: 'error', volumeType: null, count: 1, sizeGb: 5 }),
        ],
      },
      runs: [],
    };

    const reading = await source([snapshot]).read();

    expect(reading.latestRun?.volumes).toEqual([
      { region: 'kr-west1', state: 'in-use', volumeType: 'SSD', volumes: 3, sizeBytes: 300 * GIB },
      { region: 'kr-west1', state: 'available', volumeType: 'SSD', volumes: 7, sizeBytes: 160 * GIB },
      { region: 'kr-east1', state: 'error', volumeType: 'unknown', volumes: 1, sizeBytes: 5 * GIB },
    ]);
    expect(reading.latestRun?.regions).toEqual([
      {
        region: 'kr-west1',
        unattached: 7,
        unattachedSizeBytes: 160 * GIB,
        idle: { '7d': 5, '30d': 5, '90d': 4 },
        encrypted: 4,
      },
      {
        region: 'kr-east1',
        unattached: 0,
        unattachedSizeBytes: 0,
        idle: { '7d': 0, '30d': 0, '90d': 0 },
        encrypted: 0,
      },
    ]);
    expect(reading.collector.lastSuccess).toEqual([
      { region: 'kr-west1', at: T / 1000 },
      { region: 'kr-east1', at: T / 1000 - 60 },
    ]);
    expect(reading.collector.intervalSeconds).toBe(600);
  });

  it('counts each finished run once, by outcome, as the window of recent runs moves', async () => {
    const empty = { regions: [], rows: [] };
    const read = source([
      { aggregates: empty, runs: [run(3, 'running'), run(2, 'partial'), run(1, 'complete')] },
      { aggregates: empty, runs: [run(4, 'failed', ['kr-east1']), run(3, 'complete'), run(2, 'partial')] },
      null,
    ]).read;

    const first = await read();
    const second = await read();
    const unreadable = await read();

    expect(first.collector.runs).toEqual({ success: 1, partial: 1, failure: 0 });
    expect(second.collector.runs).toEqual({ success: 2, partial: 1, failure: 1 });
    expect(second.collector.lastRunSeconds).toBe(4.5);
    // A region that never completed says so (0), and a database not open shows no volumes
    // while the collector's figures stay as they were.
    expect(second.collector.lastSuccess).toContainEqual({ region: 'kr-east1', at: 0 });
    expect(unreadable.latestRun).toBeNull();
    expect(unreadable.collector.runs).toEqual(second.collector.runs);
  });
});
