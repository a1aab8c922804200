import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { type InventoryReading, registerInventoryMetrics } from './inventory-metrics.ts';

const GiB = 1024 ** 3;

function reading(overrides: Partial<InventoryReading> = {}): InventoryReading {
  return {
    latestRun: {
      volumes: [
        { region: 'kr-west1', state: 'in-use', volumeType: 'SSD', volumes: 40, sizeBytes: 4000 * GiB },
        { region: 'kr-west1', state: 'error', volumeType: 'HDD', volumes: 2, sizeBytes: 200 * GiB },
        { region: 'kr-east1', state: 'available', volumeType: 'SSD', volumes: 5, sizeBytes: 50 * GiB },
      ],
      regions: [
        {
          region: 'kr-west1',
          unattached: 2,
          unattachedSizeBytes: 200 * GiB,
          idle: { '7d': 2, '30d': 1, '90d': 0 },
          encrypted: 30,
        },
        {
          region: 'kr-east1',
          unattached: 5,
          unattachedSizeBytes: 50 * GiB,
          idle: { '7d': 5, '30d': 5, '90d': 3 },
          encrypted: 0,
        },
      ],
    },
    collector: {
      intervalSeconds: 900,
      runs: { success: 12, partial: 1, failure: 0 },
      lastRunSeconds: 4.5,
      lastSuccess: [
        { region: 'kr-west1', at: 1767225600 },
        { region: 'kr-east1', at: 0 },
      ],
    },
    ...overrides,
  };
}

/** The sample lines of a scrape, HELP and TYPE left out, for the families starting with `prefix`. */
async function scrape(registry: Registry, prefix = 'scp_'): Promise<string[]> {
  return (await registry.metrics()).split('\n').filter((line) => line.startsWith(prefix));
}

describe('the inventory metrics', () => {
  it('shows the latest complete run and the collector, read from the source at scrape time', async () => {
    const registry = new Registry();
    registerInventoryMetrics(registry, { read: () => reading() });

    expect(await scrape(registry)).toEqual([
      'scp_volumes{region="kr-west1",state="in-use",volume_type="SSD"} 40',
      'scp_volumes{region="kr-west1",state="error",volume_type="HDD"} 2',
      'scp_volumes{region="kr-east1",state="available",volume_type="SSD"} 5',
      `scp_volume_size_bytes{region="kr-west1",state="in-use",volume_type="SSD"} ${4000 * GiB}`,
      `scp_volume_size_bytes{region="kr-west1",state="error",volume_type="HDD"} ${200 * GiB}`,
      `scp_volume_size_bytes{region="kr-east1",state="available",volume_type="SSD"} ${50 * GiB}`,
      'scp_volumes_unattached{region="kr-west1"} 2',
      'scp_volumes_unattached{region="kr-east1"} 5',
      `scp_volumes_unattached_size_bytes{region="kr-west1"} ${200 * GiB}`,
      `scp_volumes_unattached_size_bytes{region="kr-east1"} ${50 * GiB}`,
      'scp_volumes_idle{region="kr-west1",idle="7d"} 2',
      'scp_volumes_idle{region="kr-west1",idle="30d"} 1',
      'scp_volumes_idle{region="kr-west1",idle="90d"} 0',
      'scp_volumes_idle{region="kr-east1",idle="7d"} 5',
      'scp_volumes_idle{region="kr-east1",idle="30d"} 5',
      'scp_volumes_idle{region="kr-east1",idle="90d"} 3',
      'scp_volumes_encrypted{region="kr-west1"} 30',
      'scp_volumes_encrypted{region="kr-east1"} 0',
      'scp_inventory_last_success_timestamp_seconds{region="kr-west1"} 1767225600',
      'scp_inventory_last_success_timestamp_seconds{region="kr-east1"} 0',
      'scp_inventory_interval_seconds 900',
      'scp_inventory_run_duration_seconds 4.5',
      'scp_inventory_runs_total{outcome="success"} 12',
      'scp_inventory_runs_total{outcome="partial"} 1',
      'scp_inventory_runs_total{outcome="failure"} 0',
    ]);
    expect(await registry.metrics()).toContain('# TYPE scp_inventory_runs_total counter');
  });

  it('reads the source once per scrape, and a group gone from the latest run is gone from the metrics', async () => {
    const registry = new Registry();
    let reads = 0;
    let current = reading();
    registerInventoryMetrics(registry, {
      read: async () => {
        reads++;
        return current;
      },
    });
    await scrape(registry);
    expect(reads).toBe(1);

    current = reading({
      latestRun: {
        volumes: [
          { region: 'kr-west1', state: 'in-use', volumeType: 'SSD', volumes: 41, sizeBytes: 4100 * GiB },
        ],
        regions: [],
      },
    });
    const lines = await scrape(registry, 'scp_volumes{');

    expect(reads).toBe(2);
    expect(lines).toEqual(['scp_volumes{region="kr-west1",state="in-use",volume_type="SSD"} 41']);
  });

  it('has no volume samples before the first complete run, and no run duration before the first run', async () => {
    const registry = new Registry();
    const first = reading({ latestRun: null });
    registerInventoryMetrics(registry, {
      read: () => ({ ...first, collector: { ...first.collector, lastRunSeconds: null } }),
    });

    const lines = await scrape(registry);

    expect(lines.filter((line) => line.startsWith('scp_volume'))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('scp_inventory_run_duration'))).toEqual([]);
    expect(lines).toContain('scp_inventory_interval_seconds 900');
  });

  it('fails the scrape when the source cannot be read', async () => {
    const registry = new Registry();
    registerInventoryMetrics(registry, {
      read: () => Promise.reject(new Error('database gone')),
    });

    await expect(registry.metrics()).rejects.toThrow('database gone');
  });
});
