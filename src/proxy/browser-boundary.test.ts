import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answersJson,
  type RawResponse,
  rawRequest,
  startServer,
  TEST_KEYS,
  type TestServer,
} from '../test/node/http.ts';
import { startTestProxy } from '../test/node/test-proxy.ts';

/**
 * Who may use /api from a browser: pages of the dashboard's own origin only. Other sites open
 * in the same browser, pages reached through a rebound DNS name and other local origins must
 * neither read the answers (CORS) nor make the proxy spend the keys at all (Host, fetch metadata).
 * Checked on the project's own vite.config.ts, dev and preview.
 */
const PROJECT_CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'scp-boundary-'));
const savedEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('SCP_')));
const closers: (() => Promise<void>)[] = [];
let upstream: TestServer;
let devPort: number;
let previewPort: number;
let handlerPort: number;

beforeAll(async () => {
  for (const name of Object.keys(savedEnv)) delete process.env[name];
  upstream = await startServer(answersJson(200, '{}'));
  const envDir = join(temp, 'env');
  const outDir = join(temp, 'dist');
  mkdirSync(envDir);
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>built</title>');
  const keys = [`SCP_ACCESS_KEY=${TEST_KEYS.accessKey}`, `SCP_SECRET_KEY=${TEST_KEYS.secretKey}`];
  writeFileSync(join(envDir, '.env.local'), [...keys, `SCP_ENDPOINT=${upstream.url}`].join('\n'));
  const common = {
    configFile: PROJECT_CONFIG,
    envDir,
    logLevel: 'silent' as const,
    cacheDir: join(temp, 'cache'),
  };

  const dev = await createServer({ ...common, server: { port: 0, watch: null, ws: false } });
  await dev.listen();
  closers.push(() => dev.close());
  devPort = (dev.httpServer?.address() as AddressInfo).port;
  const built = await preview({ ...common, build: { outDir }, preview: { port: 0 } });
  closers.push(() => built.close());
  previewPort = (built.httpServer.address() as AddressInfo).port;

  const bare = await startTestProxy(upstream.url);
  closers.push(() => bare.close());
  handlerPort = bare.port;
}, 60_000);

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await upstream.close();
  Object.assign(process.env, savedEnv);
  rmSync(temp, { recursive: true, force: true });
});

/** Sends a request and tells whether it reached SCP. */
async function probe(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ res: RawResponse; reachedScp: boolean }> {
  const before = upstream.requests.length;
  const res = await rawRequest(port, path, { host: 'localhost', ...options });
  return { res, reachedScp: upstream.requests.length > before };
}

function accessControlHeaders(res: RawResponse): string[] {
  return Object.keys(res.headers).filter((name) => name.startsWith('access-control-'));
}

const servers = () =>
  [
    ['dev', devPort],
    ['preview', previewPort],
  ] as const;

describe('the Host check (DNS rebinding), on dev and preview', () => {
  it.each(['attacker.example', 'localhost.attacker.example', '127.0.0.1.nip.io', 'attacker.example:5173'])(
    'refuses Host %s before the proxy signs anything',
    async (host) => {
      for (const [name, port] of servers()) {
        const { res, reachedScp } = await probe(port, '/api/v1/volumes', { headers: { Host: host } });
        expect([name, res.status, reachedScp]).toEqual([name, 403, false]);
      }
    },
  );

  it.each(['localhost', '127.0.0.1', '[::1]'])('serves Host %s', async (host) => {
    for (const [name, port] of servers()) {
      const { res } = await probe(port, '/api/status', { headers: { Host: `${host}:${port}` } });
      expect([name, res.status]).toEqual([name, 200]);
    }
  });
});

describe('CORS on /api, on dev and preview', () => {
  it('grants another origin nothing: no Access-Control-* header on a GET or a preflight', async () => {
    for (const [name, port] of servers()) {
      const origin = { Origin: 'http://localhost:3000' };
      const get = await probe(port, '/api/v1/volumes', { headers: origin });
      expect([name, get.res.status, accessControlHeaders(get.res)]).toEqual([name, 200, []]);
      const preflight = await probe(port, '/api/v1/volumes', {
        method: 'OPTIONS',
        headers: {
          ...origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'x-evil',
        },
      });
      expect([name, preflight.res.status, accessControlHeaders(preflight.res)]).toEqual([name, 405, []]);
      expect(preflight.reachedScp).toBe(false);
    }
  });
});

describe('fetch metadata: requests another site makes the browser send', () => {
  it.each(['cross-site', 'same-site'])(
    'refuses Sec-Fetch-Site: %s without calling SCP, on every route',
    async (site) => {
      for (const path of ['/api/v1/volumes?name=db-01', '/api/v1/volumes/v-1', '/api/status']) {
        for (const port of [handlerPort, devPort, previewPort]) {
          const { res, reachedScp } = await probe(port, path, {
            headers: { 'Sec-Fetch-Site': site, 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'script' },
          });
          expect([path, res.status, reachedScp]).toEqual([path, 400, false]);
          expect(JSON.parse(res.body)).toMatchObject({ proxy_error: { code: 'BadRequest' } });
        }
      }
    },
  );

  it.each([['same-origin'], ['none'], [undefined]])(
    'serves Sec-Fetch-Site: %s (the app itself, a typed URL, a non-browser client)',
    async (site) => {
      const headers: Record<string, string> = site === undefined ? {} : { 'Sec-Fetch-Site': site };
      const { res, reachedScp } = await probe(handlerPort, '/api/v1/volumes', { headers });
      expect([res.status, reachedScp]).toEqual([200, true]);
    },
  );
});
