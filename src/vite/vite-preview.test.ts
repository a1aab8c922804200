import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { answersJson, collectingLogger, keyedEnv, rawRequest, serverForFile } from '../test/node/http.ts';
import { startVitePreview, viteRootForFile } from '../test/node/vite-servers.ts';
import { scpSigningProxy } from './signing-proxy.ts';

const root = viteRootForFile('scp-proxy-preview-');
const upstream = serverForFile(answersJson(404, '{"errors":[{"code":"NotFound"}]}'));

describe('scpSigningProxy on a real Vite preview server', () => {
  it('serves /api/status, proxies /api/v1 and still serves the built app', async () => {
    const server = await startVitePreview(root, [
      scpSigningProxy({ env: keyedEnv(upstream.url), logger: collectingLogger() }),
    ]);
    try {
      const get = (path: string) => rawRequest(server.port, path, { host: 'localhost' });

      expect(JSON.parse((await get('/api/status')).body)).toMatchObject({ mode: 'scp', apiVersion: '1.3' });
      const detail = await get('/api/v1/volumes/v-404');
      expect([detail.status, detail.body]).toEqual([404, '{"errors":[{"code":"NotFound"}]}']);
      expect(upstream.requests.map((r) => r.url)).toEqual(['/v1/volumes/v-404']);
      expect((await get('/api/v1/volumes')).headers['cache-control']).toBe('no-store');
      expect((await get('/')).body).toContain('<title>built</title>');
    } finally {
      await server.close();
    }
  });

  it('runs and stops the simulator with the preview server', async () => {
    const events: string[] = [];
    const server = await startVitePreview(root, [
      scpSigningProxy({
        env: { SCP_REGIONS: 'kr-west1' },
        logger: collectingLogger(),
        startSimulator: async () => {
          events.push('start');
          return {
            url: upstream.url,
            accessKey: 'a',
            secretKey: 'b',
            close: async () => void events.push('close'),
          };
        },
      }),
    ]);
    const status = await rawRequest(server.port, '/api/status', { host: 'localhost' });
    expect(JSON.parse(status.body)).toMatchObject({ mode: 'simulator', region: null, env: null });

    await server.close();
    await expect.poll(() => events).toEqual(['start', 'close']);
  });
});

describe("the project's vite.config.ts", () => {
  it('mounts the proxy, stays on localhost, keeps the host check and turns CORS off', async () => {
    const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
    // Keys from the developer's .env.local must not change what this test sees.
    const config = await resolveConfig({ configFile, logLevel: 'silent', envDir: root }, 'serve');

    expect(config.plugins.map((plugin) => plugin.name)).toContain('scp-signing-proxy');
    expect(config.server.host).toBe('localhost');
    expect(config.preview.host).toBe('localhost');
    expect(config.server.cors).toBe(false);
    expect(config.preview.cors).toBe(false);
    expect(config.server.allowedHosts).not.toBe(true);
    expect(config.preview.allowedHosts).not.toBe(true);
  });
});
