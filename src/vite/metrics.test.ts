import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectingLogger, rawRequest, startServer, TEST_KEYS, type TestServer } from '../test/node/http.ts';
import { scpMetrics } from './metrics.ts';
import { scpSigningProxy } from './signing-proxy.ts';

const TOKEN = 'dev-scrape-token-0123456789';
let root: string;
let upstream: TestServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'scp-metrics-vite-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>dev</title>');
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>built</title>');
  upstream = await startServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"count":0,"volumes":[]}');
  });
});

afterAll(async () => {
  await upstream.close();
  rmSync(root, { recursive: true, force: true });
});

/** The two plugins as vite.config.ts wires them, with `env` for both. */
function plugins(env: Record<string, string>) {
  const metrics = scpMetrics({ env });
  const proxyEnv = {
    SCP_ACCESS_KEY: TEST_KEYS.accessKey,
    SCP_SECRET_KEY: TEST_KEYS.secretKey,
    SCP_ENDPOINT: upstream.url,
  };
  return [
    metrics,
    scpSigningProxy({ env: proxyEnv, logger: collectingLogger(), observer: metrics.proxyObserver }),
  ];
}

const get = (port: number, path: string, headers: Record<string, string> = {}) =>
  rawRequest(port, path, { host: 'localhost', headers });

describe('scpMetrics on the Vite servers', () => {
  it('dev: counts what the proxy sends upstream, shown to the bearer token only', async () => {
    const server = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      server: { port: 0, host: 'localhost', watch: null, ws: false },
      optimizeDeps: { noDiscovery: true },
      plugins: plugins({ SCP_METRICS_TOKEN: TOKEN }),
    });
    await server.listen();
    try {
      const port = (server.httpServer?.address() as AddressInfo).port;
      expect((await get(port, '/api/v1/volumes?limit=5')).status).toBe(200);

      const scraped = await get(port, '/metrics', { Authorization: `Bearer ${TOKEN}` });
      const refused = await get(port, '/metrics');

      expect(scraped.status).toBe(200);
      expect(scraped.body).toContain(
        'scp_upstream_requests_total{region="kr-west1",endpoint="listVolumes",status="200"} 1',
      );
      expect(refused.status).toBe(401);
      // Not the dev server's fallback page.
      expect(refused.body).not.toContain('<title>');
    } finally {
      await server.close();
    }
  });

  it("shows the inventory registered last, in every server the plugin starts (a dev server's restart)", async () => {
    const metrics = scpMetrics({ env: { SCP_METRICS_TOKEN: TOKEN } });
    const reading = (volumes: number) => ({
      latestRun: {
        volumes: [{ region: 'kr-west1', state: 'in-use', volumeType: 'SSD', volumes, sizeBytes: 0 }],
        regions: [],
      },
      collector: {
        intervalSeconds: 600,
        runs: { success: 1, partial: 0, failure: 0 },
        lastRunSeconds: 1,
        lastSuccess: [],
      },
    });
    const scrape = async () => {
      const server = await preview({
        configFile: false,
        root,
        logLevel: 'silent',
        preview: { port: 0, host: 'localhost' },
        plugins: [metrics],
      });
      try {
        const port = (server.httpServer.address() as AddressInfo).port;
        return (await get(port, '/metrics', { Authorization: `Bearer ${TOKEN}` })).body;
      } finally {
        await server.close();
      }
    };

    metrics.registerInventory({ read: () => reading(3) });
    const first = await scrape();
    metrics.registerInventory({ read: () => reading(5) });
    const second = await scrape();

    expect(first).toContain('scp_volumes{region="kr-west1",state="in-use",volume_type="SSD"} 3');
    expect(second).toContain('scp_volumes{region="kr-west1",state="in-use",volume_type="SSD"} 5');
  });

  it('preview: closed without a token or a port, and on SCP_METRICS_PORT when one is set', async () => {
    const start = (env: Record<string, string>) =>
      preview({
        configFile: false,
        root,
        logLevel: 'silent',
        preview: { port: 0, host: 'localhost' },
        plugins: plugins(env),
      });
    const closed = await start({});
    const moved = await start({ SCP_METRICS_PORT: '0' });
    try {
      const port = (server: typeof closed) => (server.httpServer.address() as AddressInfo).port;

      const refused = await get(port(closed), '/metrics');
      const notHere = await get(port(moved), '/metrics');

      expect([refused.status, notHere.status]).toEqual([401, 404]);
      expect(refused.body).toContain('set SCP_METRICS_TOKEN');
      expect(notHere.body).toContain('SCP_METRICS_PORT');
    } finally {
      await Promise.all([closed.close(), moved.close()]);
    }
  });
});
