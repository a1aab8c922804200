import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { changesPageSchema, inventoryErrorSchema, inventoryStatusSchema } from '../scp/inventory-schema.ts';
import type { UpstreamAnswer, UpstreamRequest } from '../proxy/upstream-client.ts';
import { createUpstreamClient } from '../proxy/upstream-client.ts';
import { createTestDatabase, ENGINE_KINDS, type TestDatabase } from '../test/node/inventory-engines.ts';
import { startInventoryServer, type InventoryServer } from '../test/node/inventory-server.ts';
import { realClock } from './schedule.ts';

/** Real time for signing, but every wait (retries, backoff, the schedule) cut to a few ms. */
const briskClock = {
  now: Date.now,
  sleep: (ms: number, signal: AbortSignal) => realClock.sleep(Math.min(ms, 20), signal),
};

/** Polls `path` until `done` holds for its answer: a bound, not a wait. */
async function when(
  server: InventoryServer,
  path: string,
  done: (answer: { status: number; body: unknown }) => boolean,
) {
  const bound = Date.now() + 30_000;
  for (;;) {
    const answer = await server.call(path);
    if (done(answer)) return answer;
    if (Date.now() > bound) {
      const log = server.logger.lines
        .filter((line) => !line.includes(' GET '))
        .slice(-12)
        .join('\n');
      throw new Error(
        `${path} never got there: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}\n${log}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const lastRun = (body: unknown) => inventoryStatusSchema.parse(body).last_runs[0];
const message = (body: unknown) => inventoryErrorSchema.parse(body).inventory_error.message;

describe.each(ENGINE_KINDS)('inventory faults, %s', { timeout: 60_000 }, (kind) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('answers 503 with the reason while its database cannot be opened, and the live table still works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scp-inventory-fault-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    // A file where the data folder should be (SQLite), a port nothing listens on (PostgreSQL).
    const blocker = join(dir, 'data');
    writeFileSync(blocker, 'not a folder');
    const env =
      kind === 'sqlite'
        ? { SCP_SIMULATOR_VOLUMES: '50', SCP_DATA_DIR: blocker }
        : { SCP_SIMULATOR_VOLUMES: '50', DATABASE_URL: 'postgres://app@127.0.0.1:9/nowhere' };
    const server = await startInventoryServer(env, { clock: briskClock });
    cleanups.push(() => server.close());

    const refused = await when(
      server,
      '/api/inventory/status',
      (answer) => answer.status === 503 && /EEXIST|ENOTDIR|ECONNREFUSED/.test(message(answer.body)),
    );
    expect(message(refused.body)).toMatch(/^The inventory's database is not available: /);
    expect((await server.call('/api/inventory/search')).status).toBe(503);
    expect((await server.call('/api/v1/volumes?region=kr-west1')).status).toBe(200);
    expect(server.logger.lines.some((line) => line.includes('the live table works without it'))).toBe(true);

    if (kind === 'sqlite') {
      rmSync(blocker);
      const opened = await when(
        server,
        '/api/inventory/status',
        (answer) => answer.status === 200 && lastRun(answer.body)?.status === 'complete',
      );
      expect(lastRun(opened.body)).toMatchObject({ trigger: 'schedule' });
    }
  });

  it('survives its database failing mid-run: 503 with the reason, the live table works, nothing stored is lost', async () => {
    const database: TestDatabase = await createTestDatabase(kind);
    cleanups.push(() => database.remove());
    const client = createUpstreamClient();
    cleanups.push(() => client.close());
    let hold: Promise<void> | null = null;
    let arrived: () => void = () => {};
    const heldRequest = new Promise<void>((resolve) => (arrived = resolve));
    const fetchUpstream = async (request: UpstreamRequest): Promise<UpstreamAnswer> => {
      if (hold && request.url.pathname === '/v1/volumes') {
        arrived();
        await hold;
      }
      return client.fetchUpstream(request);
    };
    const where =
      database.location.engine === 'sqlite'
        ? { SCP_DATA_DIR: dirname(database.location.path) }
        : { DATABASE_URL: database.location.url };
    const server = await startInventoryServer(
      { SCP_SIMULATOR_VOLUMES: '50', ...where },
      { clock: briskClock, fetchUpstream, manualRunGapMs: 0 },
    );
    cleanups.push(() => server.close());
    await when(
      server,
      '/api/inventory/status',
      (answer) => answer.status === 200 && lastRun(answer.body)?.status === 'complete',
    );
    const before = changesPageSchema.parse((await server.call('/api/inventory/changes?limit=1000')).body);
    const total = async () =>
      ((await server.call('/api/inventory/search?limit=1')).body as { total: number }).total;
    const volumes = await total();

    let release: () => void = () => {};
    hold = new Promise((resolve) => (release = resolve));
    const started = await server.call('/api/inventory/runs', 'POST');
    expect(started.status).toBe(202);
    await heldRequest;

    // The database goes away under the run: another process holds SQLite's write lock; the
    // PostgreSQL schema is renamed, so every query of the inventory fails.
    let restore: () => Promise<void>;
    if (database.location.engine === 'sqlite') {
      const other = new Database(database.location.path);
      other.exec('BEGIN EXCLUSIVE');
      restore = async () => {
        other.exec('ROLLBACK');
        other.close();
      };
    } else {
      await database.admin?.(`alter schema ${database.schema} rename to ${database.schema}_gone`);
      restore = () =>
        database.admin?.(`alter schema ${database.schema}_gone rename to ${database.schema}`) ??
        Promise.resolve();
    }
    cleanups.push(() => restore());
    hold = null;
    release();

    const failing = await when(server, '/api/inventory/changes', (answer) => answer.status === 503);
    expect(message(failing.body)).toMatch(/database is locked|does not exist/);
    expect((await server.call('/api/v1/volumes?region=kr-east1')).status).toBe(200);

    await restore();
    restore = async () => {};
    const back = await when(server, '/api/inventory/status', (answer) => answer.status === 200);
    expect(lastRun(back.body)?.status).not.toBe('complete');
    const retried = await server.call('/api/inventory/runs', 'POST');
    expect([retried.status, retried.body]).toEqual([202, expect.objectContaining({ status: 'running' })]);
    const done = await when(
      server,
      '/api/inventory/status',
      (answer) =>
        answer.status === 200 &&
        lastRun(answer.body)?.status === 'complete' &&
        lastRun(answer.body)?.trigger === 'manual',
    );
    const runs = inventoryStatusSchema.parse(done.body).last_runs.map((run) => run.status);
    expect(runs).toContain('interrupted');
    expect(await total()).toBe(volumes);
    const after = changesPageSchema.parse((await server.call('/api/inventory/changes?limit=1000')).body);
    expect(after.changes).toEqual(before.changes);
  });
});
