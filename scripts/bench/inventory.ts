// The inventory (src/inventory): the measurements (#25). A first start on the default
// simulated account (how long its simulated month takes, and a restart), one run over 2 regions ×
// 50,000 volumes in a process of its own (wall time, upstream requests, RSS before, after and at
// its peak), then 90 simulated days on that account (database size) and the read API timed on
// them. Alone: `npm run bench:inventory` (bench/inventory-main.ts).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'libsql';
import { mountApi } from '../../src/inventory/mount.ts';
import { inventoryStatusSchema, type InventoryStatus } from '../../src/scp/inventory-schema.ts';
import { startBuiltInSimulator } from '../../src/simulator/built-in.ts';
import { simulatedHistory } from '../../src/simulator/history.ts';
import { type Child, startChild } from './child-process.ts';
import type { InventoryChildInfo, InventoryChildInput } from './inventory-child.ts';
import type { SimulatorInfo } from './simulator-child.ts';
import { percentile, round } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SIMULATOR = new URL('./simulator-child.ts', import.meta.url);
const INVENTORY = new URL('./inventory-child.ts', import.meta.url);
const MB = 1024 * 1024;
const DAY = 86_400_000;

export interface InventoryQuery {
  label: string;
  path: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
}

export interface InventoryBench {
  firstStart: {
    volumesPerRegion: number;
    historyDays: number;
    backfillMs: number;
    /** From creating the server to its first live run complete. */
    firstRunDoneMs: number;
    /** A second start on the same data: until the inventory answers; whether it simulated again. */
    restartAnswersMs: number;
    restartSimulatedAgain: boolean;
  };
  run: {
    regions: number;
    volumesPerRegion: number;
    wallMs: number;
    requests: number;
    rssBeforeMB: number;
    rssAfterMB: number;
    peakRssMB: number;
    /** A second run over the same, unchanged account. */
    again: { wallMs: number; requests: number; changes: number };
  };
  history: {
    days: number;
    /** Reading the present (every page of both regions) and writing the simulated past. */
    backfillSeconds: number;
    runs: number;
    versions: number;
    changes: number;
    databaseMB: number;
  };
  queries: InventoryQuery[];
}

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const answer = await fetch(url, init);
  return { status: answer.status, body: await answer.json() };
}

/** Polls the status until `done`: a bound, not a wait. */
async function statusWhen(base: string, done: (status: InventoryStatus) => boolean, boundMs = 600_000) {
  const bound = Date.now() + boundMs;
  for (;;) {
    const { status, body } = await getJson(`${base}/api/inventory/status`).catch(() => ({
      status: 0,
      body: null,
    }));
    if (status === 200) {
      const parsed = inventoryStatusSchema.parse(body);
      if (done(parsed)) return parsed;
    }
    if (Date.now() > bound) throw new Error(`the inventory never got there: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const settled = (status: InventoryStatus) =>
  status.last_runs[0]?.status !== undefined &&
  status.last_runs[0].status !== 'running' &&
  status.collector.state === 'idle';

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/** `npm start`'s account (2 × 1,234 volumes), a fresh data folder: the simulated month, then a restart. */
async function firstStart(log: (line: string) => void): Promise<InventoryBench['firstStart']> {
  const dir = mkdtempSync(join(tmpdir(), 'scp-bench-inventory-'));
  const lines: string[] = [];
  const logger = {
    info: (line: string) => lines.push(line),
    warn: (line: string) => lines.push(line),
    error: (line: string) => lines.push(line),
  };
  const start = async () => {
    const api = mountApi({
      env: { SCP_DATA_DIR: dir },
      logger,
      root: ROOT,
      startSimulator: startBuiltInSimulator,
      history: simulatedHistory,
    });
    const server = createServer((req, res) => api.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { base, close: async () => (server.close(), await api.close()) };
  };
  try {
    const t0 = performance.now();
    const first = await start();
    await statusWhen(first.base, settled);
    const firstRunDoneMs = performance.now() - t0;
    await first.close();
    const backfillMs = Number(/simulated 30 days .* in (\d+) ms/.exec(lines.join('\n'))?.[1] ?? NaN);
    const simulatedLines = lines.filter((line) => line.includes('simulated 30 days')).length;
    const t1 = performance.now();
    const again = await start();
    await statusWhen(again.base, () => true);
    const restartAnswersMs = performance.now() - t1;
    await again.close();
    const result = {
      volumesPerRegion: 1234,
      historyDays: 30,
      backfillMs,
      firstRunDoneMs: Math.round(firstRunDoneMs),
      restartAnswersMs: Math.round(restartAnswersMs),
      restartSimulatedAgain:
        lines.filter((line) => line.includes('simulated 30 days')).length > simulatedLines,
    };
    log(
      `  first start: 30 simulated days in ${result.backfillMs} ms, first live run done ${result.firstRunDoneMs} ms after start; restart answers in ${result.restartAnswersMs} ms`,
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sample(url: string, samples: number): Promise<{ p50Ms: number; p95Ms: number }> {
  const times: number[] = [];
  for (let i = 0; i < samples + 2; i++) {
    const t0 = performance.now();
    const answer = await fetch(url);
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`${url}: ${answer.status}`);
    // The first two warm the statement cache and the connection.
    if (i >= 2) times.push(performance.now() - t0);
  }
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
}

export async function measureInventory(options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<InventoryBench> {
  const { quick, log } = options;
  const volumesPerRegion = quick ? 10_000 : 50_000;
  const days = quick ? 30 : 90;
  const first = await firstStart(log);
  const children: Child<unknown>[] = [];
  const dirs: string[] = [];
  try {
    const simulators = await Promise.all(
      (['kr-west1', 'kr-east1'] as const).map(async (region) => {
        const child = await startChild<SimulatorInfo>(
          SIMULATOR,
          { volumeCount: volumesPerRegion, region },
          { timeoutMs: 300_000 },
        );
        children.push(child);
        return { region, simulator: child.info };
      }),
    );
    const inventory = async (historyDays: number) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'scp-bench-inventory-'));
      dirs.push(dataDir);
      const input: InventoryChildInput = { regions: simulators, dataDir, historyDays };
      const child = await startChild<InventoryChildInfo>(INVENTORY, input, { timeoutMs: 300_000 });
      children.push(child);
      return { child, dataDir };
    };

    // One run, nothing stored before it: every volume is new (the most a run writes).
    const fresh = await inventory(0);
    const done = await statusWhen(fresh.child.info.url, settled);
    const usage = await fresh.child.usage();
    const firstRun = done.last_runs[0];
    const wallMs = Date.parse(firstRun?.finished_at ?? '') - Date.parse(firstRun?.started_at ?? '');
    const asked = await getJson(`${fresh.child.info.url}/api/inventory/runs`, { method: 'POST' });
    const askedId = (asked.body as { run_id: number }).run_id;
    const second = (
      await statusWhen(fresh.child.info.url, (s) => settled(s) && s.last_runs[0]?.id === askedId)
    ).last_runs[0];
    const run: InventoryBench['run'] = {
      regions: 2,
      volumesPerRegion,
      wallMs,
      requests: firstRun?.requests ?? 0,
      rssBeforeMB: round(fresh.child.info.rssBeforeBytes / MB),
      rssAfterMB: round(usage.rssBytes / MB),
      peakRssMB: round(usage.maxRssBytes / MB),
      again: {
        wallMs: Date.parse(second?.finished_at ?? '') - Date.parse(second?.started_at ?? ''),
        requests: second?.requests ?? 0,
        changes: second?.regions.reduce((sum, region) => sum + region.changes, 0) ?? 0,
      },
    };
    log(
      `  one run over 2 × ${volumesPerRegion}: ${run.wallMs} ms, ${run.requests} requests, RSS ${run.rssBeforeMB} → ${run.rssAfterMB} MB (peak ${run.peakRssMB} MB); again: ${run.again.wallMs} ms, ${run.again.changes} changes`,
    );
    await fresh.child.stop();

    // The simulated past: `days` of 10-minute runs, then the read API on it.
    const past = await inventory(days);
    // The child starts collecting as it reports ready: its first live run starts once the past is written.
    const collecting = Date.now();
    const ready = await statusWhen(past.child.info.url, settled);
    const backfillSeconds = round((Date.parse(ready.last_runs[0]?.started_at ?? '') - collecting) / 1000);
    const db = new Database(join(past.dataDir, 'inventory.db'), { readonly: true } as never);
    const count = (table: string) =>
      (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    const history: InventoryBench['history'] = {
      days,
      backfillSeconds,
      runs: count('runs'),
      versions: count('volume_versions'),
      changes: count('change_events'),
      databaseMB: round(folderBytes(past.dataDir) / MB),
    };
    const busiest = db
      .prepare('select volume_id from change_events group by volume_id order by count(*) desc limit 1')
      .get() as { volume_id: string };
    db.close();
    log(
      `  ${days} simulated days: ${history.runs} runs, ${history.versions} versions, ${history.changes} changes, ${history.databaseMB} MB`,
    );

    const base = past.child.info.url;
    const from = new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
    const samples = quick ? 10 : 40;
    const paths: [string, string][] = [
      [
        'search, 3 facets and a sort',
        '/api/inventory/search?state=available,in-use&volume_type=SSD,HDD&encrypted=false&sort=size_gb:desc&limit=50',
      ],
      [`trends, ${days} days by state`, `/api/inventory/trends?metric=count&by=state&step=day&from=${from}`],
      ['changes, first page', '/api/inventory/changes?limit=100'],
      ['a volume’s history', `/api/inventory/volumes/${busiest.volume_id}/history`],
    ];
    const queries: InventoryQuery[] = [];
    for (const [label, path] of paths) {
      const timing = await sample(base + path, samples);
      queries.push({ label, path, samples, ...timing });
      log(`  ${label}: p50 ${timing.p50Ms} ms, p95 ${timing.p95Ms} ms`);
    }
    return { firstStart: first, run, history, queries };
  } finally {
    for (const child of children) await child.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}
