import { describe, expect, it } from 'vitest';
import { answersJson, collectingLogger, keyedEnv, rawRequest, serverForFile } from '../test/node/http.ts';
import { startViteDev, startVitePreview, viteRootForFile } from '../test/node/vite-servers.ts';
import { scpMetrics } from './metrics.ts';
import { scpSigningProxy } from './signing-proxy.ts';

const TOKEN = 'dev-scrape-token-0123456789';
const root = viteRootForFile('scp-metrics-vite-');
const upstream = serverForFile(answersJson(200, '{"count":0,"volumes":[]}'));

/** The two plugins as vite.config.ts wires them, with `env` for both. */
function plugins(env: Record<string, string>) {
  const metrics = scpMetrics({ env });
  return [
    metrics,
    scpSigningProxy({
      env: keyedEnv(upstream.url),
      logger: collectingLogger(),
      observer: metrics.proxyObserver,
    }),
  ];
}

const get = (port: number, path: string, headers: Record<string, string> = {}) =>
  rawRequest(port, path, { host: 'localhost', headers });

describe('scpMetrics on the Vite servers', () => {
  it('dev: counts what the proxy sends upstream, shown to the bearer token only', async () => {
    const { port, close } = await startViteDev(root, plugins({ SCP_METRICS_TOKEN: TOKEN }));
    try {
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
      await close();
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
      const { port, close } = await startVitePreview(root, [metrics]);
      try {
        return (await get(port, '/metrics', { Authorization: `Bearer ${TOKEN}` })).body;
      } finally {
        await close();
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
    const start = (env: Record<string, string>) => startVitePreview(root, plugins(env));
    const closed = await start({});
    const moved = await start({ SCP_METRICS_PORT: '0' });
    try {
      const refused = await get(closed.port, '/metrics');
      const notHere = await get(moved.port, '/metrics');

      expect([refused.status, notHere.status]).toEqual([401, 404]);
      expect(refused.body).toContain('set SCP_METRICS_TOKEN');
      expect(notHere.body).toContain('SCP_METRICS_PORT');
    } finally {
      await Promise.all([closed.close(), moved.close()]);
    }
  });
});
