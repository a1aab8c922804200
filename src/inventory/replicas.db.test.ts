import { type ChildProcess, spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesPageSchema, inventoryStatusSchema, type InventoryStatus } from '../scp/inventory-schema.ts';
import { buildServer, type BuiltServer } from '../test/node/built-server.ts';
import { fixtureDist } from '../test/node/dashboard.ts';
import { rawRequest } from '../test/node/http.ts';
import { createTestDatabase, type TestDatabase } from '../test/node/inventory-engines.ts';

/**
 * Two `npm run serve` processes (src/server/main.ts, as built) on one PostgreSQL: one collects,
 * both serve; one is killed in the middle of a run, the other takes over, and the killed one comes
 * back. Each request to the simulators is slowed, so a run lasts long enough to be killed in.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Replica {
  child: ChildProcess;
  port: number;
  log: () => string;
}

let database: TestDatabase;
let embedded: TestDatabase;
let dist: Awaited<ReturnType<typeof fixtureDist>>;
let server: BuiltServer;
const replicas: Replica[] = [];

async function startReplica(on: TestDatabase = database): Promise<Replica> {
  // One process per replica, the server as built for production: the pid in the lease is the
  // process to kill.
  const args = [server.main, '--dist', dist.dir, '--port', '0', '--host', '127.0.0.1'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      ...(on.location.engine === 'postgres'
        ? { DATABASE_URL: on.location.url }
        : { SCP_DATA_DIR: dirname(on.location.path) }),
      SCP_SIMULATOR_VOLUMES: '40',
      // Half a second a request: the first live run (4 requests) lasts long enough to be killed in.
      SCP_SIMULATOR_LATENCY_MS: '500',
      SCP_INVENTORY_HISTORY_DAYS: '2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const check = () => {
      const found = /serving .* on http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (found) resolve(Number(found[1]));
    };
    child.stdout?.on('data', check);
    child.once('exit', () => reject(new Error(`the replica exited:\n${text}`)));
  });
  const replica = { child, port, log: () => text };
  replicas.push(replica);
  return replica;
}

async function status(replica: Replica): Promise<InventoryStatus | null> {
  const answer = await rawRequest(replica.port, '/api/inventory/status');
  return answer.status === 200 ? inventoryStatusSchema.parse(JSON.parse(answer.body)) : null;
}

/** Polls a replica's status until `done`: a bound, not a wait. */
async function until(replica: Replica, done: (status: InventoryStatus) => boolean): Promise<InventoryStatus> {
  const bound = Date.now() + 60_000;
  for (;;) {
    const each = await status(replica);
    if (each && done(each)) return each;
    if (Date.now() > bound) throw new Error(`never: ${JSON.stringify(each)}\n${replica.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every change a replica lists (the runs here make fewer than a page of them). */
async function changes(replica: Replica) {
  const answer = await rawRequest(replica.port, '/api/inventory/changes?limit=1000');
  return changesPageSchema.parse(JSON.parse(answer.body)).changes;
}

/** Kills a replica as a crash would, and waits until it is gone. */
async function kill(replica: Replica): Promise<void> {
  replica.child.kill('SIGKILL');
  await new Promise((resolve) => replica.child.once('exit', resolve));
}

/** Waits for the manual run that took over to complete: the latest run, after the interrupted one. */
async function tookOver(replica: Replica, interrupted: number | undefined): Promise<InventoryStatus> {
  const after = await until(
    replica,
    (each) => each.last_runs[0]?.status === 'complete' && each.collector.state === 'idle',
  );
  expect(after.last_runs.map((run) => [run.id, run.trigger, run.status])).toEqual([
    [expect.any(Number), 'manual', 'complete'],
    [interrupted, 'schedule', 'interrupted'],
  ]);
  return after;
}

async function query<T>(sql: string): Promise<[T, ...T[]]> {
  const url = database.location.engine === 'postgres' ? database.location.url : '';
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as [T, ...T[]];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  [database, embedded, dist] = await Promise.all([
    createTestDatabase('postgres'),
    createTestDatabase('sqlite'),
    fixtureDist(),
  ]);
  server = buildServer();
});
afterAll(async () => {
  for (const replica of replicas) if (replica.child.exitCode === null) replica.child.kill('SIGKILL');
  await database?.remove();
  await embedded?.remove();
  dist?.remove();
  server?.remove();
});

describe('two replicas on one PostgreSQL', { timeout: 120_000 }, () => {
  it('collect once, survive one killed mid-run, and keep the history whole', async () => {
    const [a, b] = await Promise.all([startReplica(), startReplica()]);

    // Both start due at once: one simulates the past and starts the first live run.
    const running = await until(a, (each) => each.last_runs[0]?.status === 'running');
    const runId = running.last_runs[0]?.id;
    const [{ owner }] = await query<{ owner: string }>(`select owner from runs where id = ${runId}`);
    const pid = Number(owner.split(':')[1]);
    const [victim, survivor] = a.child.pid === pid ? [a, b] : [b, a];
    expect(victim.child.pid).toBe(pid);
    expect(running.history.simulated).toBe(true);
    const [{ n: simulated }] = await query<{ n: string }>('select count(*) as n from runs where simulated');
    expect(Number(simulated)).toBe(2 * 144 + 1);
    const before = await changes(survivor);

    // While it runs, the other replica refuses to start one.
    const refused = await rawRequest(survivor.port, '/api/inventory/runs', { method: 'POST' });
    expect(refused.status).toBe(409);

    // Killed mid-walk: the survivor sees its sessions gone and takes over when asked.
    await kill(victim);
    // PostgreSQL drops the dead process's sessions within moments: until then, still 409.
    let taken = await rawRequest(survivor.port, '/api/inventory/runs', { method: 'POST' });
    for (let tries = 0; taken.status === 409 && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      taken = await rawRequest(survivor.port, '/api/inventory/runs', { method: 'POST' });
    }
    expect(taken.status).toBe(202);
    const after = await tookOver(survivor, runId);
    expect(survivor.log()).toMatch(/the collector \S+ is gone: taking over its lease/);

    // The killed one comes back: no second past, nothing deleted, the history as it was.
    const back = await startReplica();
    const again = await until(back, () => true);
    expect(again.last_runs.map((run) => run.id)).toEqual(after.last_runs.map((run) => run.id));
    const [{ n: simulatedAfter }] = await query<{ n: string }>(
      'select count(*) as n from runs where simulated',
    );
    expect(simulatedAfter).toBe(simulated);
    expect(await changes(back)).toEqual(before);
    const search = JSON.parse((await rawRequest(back.port, '/api/inventory/search?limit=1')).body) as {
      total: number;
    };
    expect(search.total).toBe(80);
  });
});

describe('one server on the embedded engine', { timeout: 120_000 }, () => {
  it('killed mid-run and restarted: the run is interrupted, nothing lost or invented', async () => {
    const first = await startReplica(embedded);
    const running = await until(first, (each) => each.last_runs[0]?.status === 'running');
    const runId = running.last_runs[0]?.id;
    const before = await changes(first);
    await kill(first);

    // Restarted on the same file: no second past; the dead process's lease is taken at once.
    const again = await startReplica(embedded);
    expect((await rawRequest(again.port, '/api/inventory/runs', { method: 'POST' })).status).toBe(202);
    const after = await tookOver(again, runId);
    expect(after.last_runs[0]?.regions.map((region) => region.changes)).toEqual([0, 0]);
    expect(await changes(again)).toEqual(before);
    expect(again.log()).not.toMatch(/simulated \d+ days/);
  });
});
