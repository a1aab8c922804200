import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDist, startTestDashboard, type TestDashboard } from '../test/node/dashboard.ts';
import { rawRequest } from '../test/node/http.ts';
import { dashboardQueries } from '../test/node/monitoring-files.ts';
import { type RunningPrometheus, startPrometheus } from '../test/node/prometheus.ts';
import { mountProxy } from './mount-proxy.ts';

/**
 * A real scrape: Debian's Prometheus (scripts/find-prometheus.mjs; npm test installs it) scrapes
 * the production server, its signing proxy on the built-in simulator, with the bearer token as
 * a deployment would, and the figures are read back through Prometheus's HTTP API.
 */
const TOKEN = 'prometheus-scrape-token-0123456789';
let dist: Awaited<ReturnType<typeof fixtureDist>>;
let server: TestDashboard;
let prometheus: RunningPrometheus;

beforeAll(async () => {
  dist = await fixtureDist();
  server = await startTestDashboard(
    dist.dir,
    { SCP_METRICS_TOKEN: TOKEN, SCP_SIMULATOR_VOLUMES: '120' },
    { proxy: mountProxy },
  );
  prometheus = await startPrometheus({ address: `127.0.0.1:${server.port}`, token: TOKEN });
}, 60_000);

afterAll(async () => {
  await prometheus?.close();
  await server?.close();
  dist?.remove();
});

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
    // When the inventory lands (#25): sum(scp_volumes) equals the inventory's own count.
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
