import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { readAuthConfig } from '../../server/auth-config.ts';
import { createServerLogger, type LogSink } from '../../server/log.ts';
import type { ServerProxy } from '../../server/mount-proxy.ts';
import type { Env } from '../../server/server-config.ts';
import { type RunningDashboard, type StartOptions, startDashboard } from '../../server/start-dashboard.ts';
import { precompressDir } from '../../vite/precompress.ts';

/** Test helpers for the production server: a small built app on disk and a listening server. */

export const INLINE_SCRIPT = "document.documentElement.dataset.early = 'yes';";
export const HASHED_JS = '/assets/index-AbC123xy.js';
export const HASHED_CSS = '/assets/index-Zz9Yy8Xx.css';

/** A dist/ like Vite's: hashed assets, an unhashed public file, an inline script, and traps. */
export async function fixtureDist(): Promise<{ dir: string; remove(): void }> {
  const root = mkdtempSync(join(tmpdir(), 'scp-serve-'));
  const dir = join(root, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  mkdirSync(join(dir, '.secret'));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><title>built app</title><script>${INLINE_SCRIPT}</script>` +
      `<script type="module" crossorigin src="${HASHED_JS}"></script>` +
      `<link rel="stylesheet" href="${HASHED_CSS}"></head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(join(dir, HASHED_JS), `console.log(${JSON.stringify('x'.repeat(4000))});\n`);
  writeFileSync(join(dir, HASHED_CSS), `body{color:red}\n${'.a{margin:0}\n'.repeat(300)}`);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, '.env.local'), 'SCP_SECRET_KEY=DOTFILECANARY\n');
  writeFileSync(join(dir, '.secret', 'data.txt'), 'DOTDIRCANARY');
  writeFileSync(join(root, 'outside.txt'), 'OUTSIDECANARY');
  await precompressDir(dir);
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface TestDashboard extends RunningDashboard {
  lines: string[];
  close(): Promise<void>;
}

/** A proxy stand-in: answers /api/* with JSON naming the path, as the real one would relay. */
export function fakeProxy(): ServerProxy & { closed: boolean } {
  const proxy = {
    closed: false,
    upstream: Promise.resolve({ ready: false, message: 'fake' } as const),
    isProxyPath: (url: string | undefined) => url?.startsWith('/api') ?? false,
    handle: (req: { url?: string }, res: import('node:http').ServerResponse) =>
      void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ path: req.url })),
    close: async () => {
      proxy.closed = true;
    },
  };
  return proxy;
}

export async function startTestDashboard(
  distDir: string,
  env: Env,
  options: Partial<Pick<StartOptions, 'proxy' | 'graceMs'>> & { host?: string; drainDelayMs?: number } = {},
): Promise<TestDashboard> {
  const lines: string[] = [];
  const sink: LogSink = { out: (line) => lines.push(line), err: (line) => lines.push(line) };
  const running = await startDashboard({
    config: {
      host: options.host ?? '127.0.0.1',
      port: 0,
      distDir,
      auth: readAuthConfig(env),
      logFormat: env.LOG_FORMAT === 'json' ? 'json' : 'text',
      drainDelayMs: options.drainDelayMs ?? 0,
    },
    env,
    logger: createServerLogger(env.LOG_FORMAT === 'json' ? 'json' : 'text', sink),
    proxy: options.proxy ?? (() => fakeProxy()),
    graceMs: options.graceMs,
  });
  return { ...running, lines, close: () => running.lifecycle.shutdown('test over') };
}

/**
 * For a test file: the fixture dist, made before its tests, and `start` for dashboards serving
 * it, every one of them closed and the dist removed after the tests.
 */
export function dashboardsForFile(): (
  env: Env,
  options?: Parameters<typeof startTestDashboard>[2],
) => Promise<TestDashboard> {
  let dist: Awaited<ReturnType<typeof fixtureDist>> | undefined;
  const running: TestDashboard[] = [];
  beforeAll(async () => {
    dist = await fixtureDist();
  });
  afterAll(async () => {
    await Promise.all(running.map((server) => server.close()));
    dist?.remove();
  });
  return async (env, options) => {
    if (!dist) throw new Error('dashboardsForFile: start a dashboard from a test or a hook');
    const server = await startTestDashboard(dist.dir, env, options);
    running.push(server);
    return server;
  };
}
