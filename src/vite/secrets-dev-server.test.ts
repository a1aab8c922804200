import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, createServer, type Logger, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawResponse, rawRequest, startServer, type TestServer } from '../test/node/http.ts';
import { scpSigningProxy } from './signing-proxy.ts';

/**
 * The keys against a real dev server: the project's own vite.config.ts, keys in a .env.local,
 * then everything a browser can fetch (the HTML, every module it imports, Vite's client and
 * env modules, the proxy's answers) and everything the server printed is searched for them.
 */
const CANARY = { access: 'DEVCANARYACCESS3k9m2x', secret: 'DEVCANARYSECRET8p4v7z1' };
const SECRETS = Object.values(CANARY);
const PROJECT_CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const MAX_MODULES = 600;

const temp = mkdtempSync(join(tmpdir(), 'scp-secrets-'));
const savedEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('SCP_')));
const printed: string[] = [];
const servers: ViteDevServer[] = [];
let upstream: TestServer;

function envFile(dir: string, endpoint: string): void {
  mkdirSync(dir, { recursive: true });
  const lines = [
    `SCP_ACCESS_KEY=${CANARY.access}`,
    `SCP_SECRET_KEY=${CANARY.secret}`,
    `SCP_ENDPOINT=${endpoint}`,
    // The project config mounts the inventory: its collector would write into the project and
    // send requests of its own to the stand-in this test reads.
    'SCP_INVENTORY=off',
  ];
  writeFileSync(join(dir, '.env.local'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, '.env'), `SCP_ACCESS_KEY=${CANARY.access}\n`);
}

/** Vite's logger, with every line kept: the proxy logs through it on a real server. */
function recordingLogger(): Logger {
  const base = createLogger('info', { allowClearScreen: false });
  const keep = (message: string): void => void printed.push(message);
  return { ...base, info: keep, warn: keep, warnOnce: keep, error: keep };
}

async function listen(server: ViteDevServer): Promise<number> {
  servers.push(server);
  await server.listen();
  return (server.httpServer?.address() as AddressInfo).port;
}

beforeAll(async () => {
  // Keys from the developer's shell would win over the .env.local this test writes.
  for (const name of Object.keys(savedEnv)) delete process.env[name];
  upstream = await startServer((req, res) => {
    res.writeHead(401, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ message: `unknown access key ${String(req.headers['scp-accesskey'])}` }));
  });
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await upstream.close();
  Object.assign(process.env, savedEnv);
  rmSync(temp, { recursive: true, force: true });
});

function expectNoSecret(res: RawResponse, where: string): void {
  const text = `${JSON.stringify(res.headers)}\n${res.bytes.toString('latin1')}`;
  for (const secret of SECRETS) expect(text, where).not.toContain(secret);
}

/** Module URLs a served module imports: Vite rewrites them to absolute paths. */
function importsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/["'](\/(?:src|@vite|@id|@react-refresh|@fs)\/?[^"'\s]*)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

async function crawl(port: number, start: string[]): Promise<Map<string, RawResponse>> {
  const fetched = new Map<string, RawResponse>();
  const queue = [...start];
  while (queue.length > 0 && fetched.size < MAX_MODULES) {
    const batch = queue.splice(0, 8).filter((url) => !fetched.has(url));
    const answers = await Promise.all(batch.map((url) => rawRequest(port, url, { host: 'localhost' })));
    batch.forEach((url, i) => {
      const res = answers[i] as RawResponse;
      fetched.set(url, res);
      for (const next of importsOf(res.body)) if (!fetched.has(next)) queue.push(next);
    });
  }
  return fetched;
}

describe('the keys on a dev server running the project config', () => {
  it('are in no served module, no HTML, no proxy answer and no line the server printed', async () => {
    const envDir = join(temp, 'env');
    envFile(envDir, upstream.url);
    const port = await listen(
      await createServer({
        configFile: PROJECT_CONFIG,
        envDir,
        cacheDir: join(temp, 'vite-cache'),
        customLogger: recordingLogger(),
        server: { port: 0, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      }),
    );

    const status = await rawRequest(port, '/api/status', { host: 'localhost' });
    expect(JSON.parse(status.body)).toMatchObject({ mode: 'scp', endpointHost: new URL(upstream.url).host });
    const quoted = await rawRequest(port, '/api/v1/volumes', { host: 'localhost' });
    expect(quoted.status).toBe(401);
    expect(upstream.requests.at(-1)?.headers['scp-accesskey']).toBe(CANARY.access);

    const served = await crawl(port, [
      '/',
      '/index.html',
      '/@vite/client',
      '/@vite/env',
      '/src/main.tsx',
      '/src/vite/signing-proxy.ts',
      '/src/proxy/config.ts',
      `/@fs${envDir}/.env.local`,
      `/@fs${envDir}/.env.local?raw`,
      '/api/v1/volumes?name=%0a',
      '/api/nope',
    ]);
    const modules = [...served.keys()].filter((url) => url.startsWith('/src/'));
    expect(modules.length).toBeGreaterThan(30);
    expect(served.get('/src/main.tsx')?.status).toBe(200);
    expect(served.get('/')?.body).toContain('<div id="root">');
    expect(served.get(`/@fs${envDir}/.env.local`)?.status).toBe(403);

    for (const [url, res] of [
      ...served,
      ['/api/status', status] as const,
      ['/api/v1/volumes', quoted] as const,
    ]) {
      expectNoSecret(res, url);
    }
    expect(printed.join('\n')).toContain('[scp-proxy] GET /api/v1/volumes 401');
    for (const secret of SECRETS) expect(printed.join('\n')).not.toContain(secret);
  }, 60_000);
});

describe('.env files in the served root', () => {
  it.each([
    '/.env.local',
    '/.env',
    '/.env.local?raw',
    '/.env.local?import&raw??',
    '/.env.local?url',
    '/.env.local?inline',
    '/%2eenv.local',
    '/./.env.local',
    '/src/../.env.local',
    '/.env.local/',
    '//.env.local',
    '/.ENV.LOCAL',
  ])('are not served at %s', async (path) => {
    const root = join(temp, 'root');
    envFile(root, upstream.url);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>root</title>');
    if (!servers.some((server) => server.config.root === root)) {
      await listen(
        await createServer({
          configFile: false,
          root,
          cacheDir: join(temp, 'root-cache'),
          customLogger: recordingLogger(),
          server: { port: 0, host: 'localhost', watch: null, ws: false },
          plugins: [scpSigningProxy()],
        }),
      );
    }
    const server = servers.find((candidate) => candidate.config.root === root);
    const port = (server?.httpServer?.address() as AddressInfo).port;

    const res = await rawRequest(port, path, { host: 'localhost' });

    expect(res.status === 403 || res.status === 404 || res.body.includes('<title>root</title>'), path).toBe(
      true,
    );
    expectNoSecret(res, path);
  });
});
