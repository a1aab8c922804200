import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDist, startTestDashboard, type TestDashboard } from '../test/node/dashboard.ts';
import { rawRequest } from '../test/node/http.ts';
import { dashboardQueries } from '../test/node/monitoring-files.ts';
import { type RunningPrometheus, startPrometheus } from '../test/node/prometheus.ts';
import { mountProxy } from './mount-proxy.ts';

/**
 * A real scrape: Debian's Prometheus (scripts/find-prometheus.mjs; npm test installs it) scrapes
 * the production server, its signing proxy and inventory on the built-in simulator, with the
 * bearer token as a deployment would, and the figures are read back through Prometheus's HTTP API.
 */
const TOKEN = 'prometheus-scrape-token-0123456789';
let dist: Awaited<ReturnType<typeof fixtureDist>>;
let dataDir: string;
let server: TestDashboard;
let prometheus: RunningPrometheus;

beforeAll(async () => {
  dist = await fixtureDist();
  dataDir = mkdtempSync(join(tmpdir(), 'scp-scrape-inventory-'));
  server = await startTestDashboard(
    dist.dir,
    {
      SCP_METRICS_TOKEN: TOKEN,
      SCP_SIMULATOR_VOLUMES: '120',
      // The inventory in a file of its own, its first run live: no simulated past to write.
      SCP_DATA_DIR: dataDir,
      SCP_INVENTORY_HISTORY_DAYS: '0',
    },
    { proxy: mountProxy },
  );
  prometheus = await startPrometheus({ address: `127.0.0.1:${server.port}`, token: TOKEN });
}, 60_000);

afterAll(async () => {
  await prometheus?.close();
  await server?.close();
  dist?.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

const json = async <T>(path: string): Promise<T> =>
  JSON.parse((await rawRequest(server.port, path)).body) as T;

const value = (samples: { value: [number, string] }[]): number => Number(samples[0]?.value[1] ?? Number.NaN);

describe('Prometheus scraping the production server', () => {
  it('scrapes /metrics with the bearer token and sees the proxy count what /api sent upstream', async () => {
    const status = JSON.parse((await rawRequest(server.port, '/api/status')).body) as { regions: string[] };
    // Without keys every configured region has a simulator, and a list asks each of them.
    const sent = 3 * status.regions.length;
    for (const offset of [0, 5, 10]) {
      expect((await rawRequest(server.port, `/api/v1/volumes?limit=5&offset=${offset}`)).status).toBe(200);
    }
    expect((await rawRequest(server.port, '/api/v1/no-such-thing')).status).toBe(404);

    // Waits for a scrape that holds the requests above: Prometheus scrapes every second, its
    // first scrape some 5 s after it starts (its discovery reports targets at most every 5 s).
    const upstream = await prometheus.waitFor(
      'sum(scp_upstream_requests_total{job="scp-volumes", endpoint="listVolumes", status="200"})',
      (samples) => value(samples) >= sent,
    );
    const rejected = await prometheus.query(
      'scp_proxy_rejected_requests_total{job="scp-volumes", reason="not_found"}',
    );
    const up = await prometheus.query('up{job="scp-volumes"}');
    const latency = await prometheus.query(
      'sum(scp_upstream_request_duration_seconds_count{job="scp-volumes", endpoint="listVolumes"})',
    );

    expect(value(upstream)).toBe(sent);
    expect(value(rejected)).toBe(1);
    expect(value(up)).toBe(1);
    expect(value(latency)).toBe(sent);
  }, 30_000);

  it("shows the inventory's latest complete run, its sums equal to the inventory's own numbers", async () => {
    const regions = (await json<{ regions: string[] }>('/api/status')).regions;
    // The inventory's first live run starts with the server; its status says when it is complete.
    for (;;) {
      const status = await json<{ regions: unknown[] }>('/api/inventory/status');
      if (status.regions.length === regions.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const all = await json<{ total: number }>('/api/inventory/search?limit=1');
    const unattached = await json<{ total: number }>('/api/inventory/search?limit=1&attached=false');

    const volumes = await prometheus.waitFor('sum(scp_volumes{job="scp-volumes"})', (s) => value(s) > 0);
    const unattachedMetric = await prometheus.query('sum(scp_volumes_unattached{job="scp-volumes"})');
    const succeeded = await prometheus.query(
      'scp_inventory_runs_total{job="scp-volumes", outcome="success"}',
    );
    const lastSuccess = await prometheus.query(
      'scp_inventory_last_success_timestamp_seconds{job="scp-volumes"}',
    );

    expect(all.total).toBe(120 * regions.length);
    expect(value(volumes)).toBe(all.total);
    expect(value(unattachedMetric)).toBe(unattached.total);
    expect(value(succeeded)).toBeGreaterThanOrEqual(1);
    expect(lastSuccess.map((sample) => sample.metric.region).sort()).toEqual([...regions].sort());
    expect(lastSuccess.every((sample) => Number(sample.value[1]) > 0)).toBe(true);
  }, 30_000);

  it('runs every query of the Grafana dashboard without an error from Prometheus', async () => {
    const queries = await dashboardQueries();
    const failures: string[] = [];
    for (const { title, expr } of queries) {
      await prometheus.query(expr).catch((error: unknown) => failures.push(`${title}: ${String(error)}`));
    }
    expect(failures).toEqual([]);
    // The proxy's panels have data (a rate, once two scrapes hold it); the inventory's wait for it.
    const rate = queries.find((q) => q.title === 'Requests to SCP by status')?.expr ?? 'missing';
    expect(await prometheus.waitFor(rate)).not.toEqual([]);
  });
});
