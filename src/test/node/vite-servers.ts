import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type PluginOption } from 'vite';
import { afterAll } from 'vitest';

/** Test helpers for the Vite wiring: a throwaway root, and real dev and preview servers on it. */

export interface TestVite {
  port: number;
  close(): Promise<void>;
}

/**
 * For a test file: a root with an index.html for the dev server and a built dist/index.html for
 * preview, removed after the file's tests.
 */
export function viteRootForFile(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dev</title>');
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>built</title>');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A dev server on a free port of `host` ("localhost" may be ::1 or 127.0.0.1), quiet, without
 * a file watcher, an HMR socket or a dependency scan: only the plugins' middleware matters here.
 */
export async function startViteDev(
  root: string,
  plugins: PluginOption[],
  host = 'localhost',
): Promise<TestVite> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    server: { port: 0, host, watch: null, ws: false },
    optimizeDeps: { noDiscovery: true },
    plugins,
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close();
    throw error;
  }
  return { port: (server.httpServer?.address() as AddressInfo).port, close: () => server.close() };
}

/** A preview server of root/dist on a free localhost port, quiet. */
export async function startVitePreview(root: string, plugins: PluginOption[]): Promise<TestVite> {
  const server = await preview({
    configFile: false,
    root,
    logLevel: 'silent',
    preview: { port: 0, host: 'localhost' },
    plugins,
  });
  return { port: (server.httpServer.address() as AddressInfo).port, close: () => server.close() };
}
