// `npm run bench`: builds the app, serves it with `vite preview` on the simulator, measures
// size, load, interactions, proxy overhead, simulator scale and memory in one run, prints one
// table and writes bench-results/latest.json, docs/performance.json and docs/PERFORMANCE.md.
//   npm run bench [-- --quick]   (--quick: fewer samples, writes bench-results/ only)
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { build } from 'vite';
import { DEFAULT_SIMULATOR_OPTIONS } from '../../src/simulator/index.ts';
import { measureFirstTable } from './browser/first-table.ts';
import { measureInteractions } from './browser/interactions.ts';
import { launchChromium } from './browser/launch.ts';
import { measureMemory } from './browser/memory.ts';
import { bundleComposition } from './bundle-composition.ts';
import { measureBundle } from './bundle-size.mjs';
import { type Child, startChild } from './child-process.ts';
import { evaluateGoals } from './goals.ts';
import { describeMachine, loadAverageNow } from './machine.ts';
import { performanceMarkdown } from './markdown.ts';
import type { PreviewInfo } from './preview-child.ts';
import { describeFullRead, measureFullRead } from './full-read.ts';
import { measureInventory } from './inventory.ts';
import { describeMergedRegions, measureMergedRegions } from './merged-regions.ts';
import { measureObserverCost } from './observer-cost.ts';
import { measureProxyOverhead } from './proxy-overhead.ts';
import { printTable } from './report.ts';
import type { BenchResults, BenchSettings } from './results.ts';
import { startServe } from './serve-process.ts';
import type { FloorProxyInfo } from './floor-proxy-child.ts';
import type { SimulatorInfo } from './simulator-child.ts';
import { measureSimulatorScale } from './simulator-scale.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const execFileAsync = promisify(execFile);
const RESULTS_DIR = resolve(ROOT, 'bench-results');
// Its own build directory, so the bench never races `dist/` of a running preview or test.
const OUT_DIR = resolve(RESULTS_DIR, 'dist');
const SIMULATOR = new URL('./simulator-child.ts', import.meta.url);
const PREVIEW = new URL('./preview-child.ts', import.meta.url);
const FLOOR_PROXY = new URL('./floor-proxy-child.ts', import.meta.url);
// The production server, compiled beside the build as `npm run build` compiles it.
const SERVER_DIR = resolve(RESULTS_DIR, 'dist-server');
const LARGE_ACCOUNT = 100_000;

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = args.quick;
const settings: BenchSettings = {
  // What `npm start` shows (1,234 volumes: 62 pages of 20, enough for the 50-page memory walk),
  // with no added latency, so the figures are the app's and the proxy's own cost.
  volumeCount: DEFAULT_SIMULATOR_OPTIONS.volumeCount,
  simulatorLatencyMs: 0,
  firstTableRuns: quick ? 3 : 15,
  interactionIterations: quick ? 3 : 12,
  proxyConnections: 50,
  proxySeconds: quick ? 2 : 10,
};

const log = (line: string) => console.log(line);
const started = performance.now();
const loadAtStart = loadAverageNow();
const children: Child<unknown>[] = [];

async function section<T>(title: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  log(`\n━━ ${title} ━━`);
  const result = await run();
  log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return result;
}

async function child<Info>(script: URL, input: unknown): Promise<Child<Info>> {
  const started = await startChild<Info>(script, input);
  children.push(started);
  return started;
}

async function stop(target: Child<unknown>): Promise<void> {
  children.splice(children.indexOf(target), 1);
  await target.stop();
}

async function run(): Promise<BenchResults> {
  const built = await section('1. build and bundle size', async () => {
    // Hidden source maps: the same JS bytes as `npm run build`, plus maps to attribute them.
    await build({
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: OUT_DIR, emptyOutDir: true, sourcemap: 'hidden' },
    });
    // The production server, as `npm run build` compiles it (section 5 measures it).
    await execFileAsync(process.execPath, ['scripts/build-server.mjs', '--out', SERVER_DIR], { cwd: ROOT });
    const report = await measureBundle(OUT_DIR);
    log(
      `  initial ${(report.initial.gzip / 1000).toFixed(1)} kB gzip, everything ${(report.total.gzip / 1000).toFixed(1)} kB`,
    );
    return { report, composition: await bundleComposition(OUT_DIR, report.initial.files) };
  });

  const sim = await child<SimulatorInfo>(SIMULATOR, {
    volumeCount: settings.volumeCount,
    latencyMs: settings.simulatorLatencyMs,
  });
  const server = await child<PreviewInfo>(PREVIEW, { outDir: OUT_DIR, upstream: sim.info });
  log(`\nsimulator ${sim.info.url}, vite preview ${server.info.url}`);

  // Node-side load first, with no browser running to compete for the cores. The proxy is
  // measured where a team runs it: `npm run serve`'s compiled server (serve-process.ts).
  const proxy = await section('5. proxy overhead', async () => {
    const serve = await startServe({ distDir: OUT_DIR, serverDir: SERVER_DIR, upstream: sim.info });
    children.push(serve);
    const floor = await child<FloorProxyInfo>(FLOOR_PROXY, { upstream: sim.info });
    try {
      const overhead = await measureProxyOverhead(
        { ...sim.info, usage: sim.usage },
        { url: serve.info.url, usage: serve.usage },
        { url: floor.info.url, usage: floor.usage },
        {
          host: 'npm run serve',
          connections: settings.proxyConnections,
          seconds: settings.proxySeconds,
          lightRequests: quick ? 200 : 1000,
          log,
        },
      );
      const observer = measureObserverCost();
      log(`  proxy: the metrics observer costs ${observer.usPerRequest} µs per upstream request`);
      return { ...overhead, observer };
    } finally {
      await stop(floor);
      await stop(serve);
    }
  });

  await section('5b. all regions, deep page', async () =>
    log(`  ${describeMergedRegions(await measureMergedRegions())}`),
  );

  await section('5c. a full read (export, Capacity, contains search)', async () => {
    for (const line of describeFullRead(await measureFullRead(50_000, { before: false }))) log(`  ${line}`);
  });

  const { browser, version } = await launchChromium();
  const browserParts = await (async () => {
    try {
      const firstTable = await section('2. time to first table', () =>
        measureFirstTable(browser, server.info.url, {
          runs: settings.firstTableRuns,
          initialAssets: built.report.initial.files.map((f) => `/${f.file}`),
          log,
        }),
      );
      const interactions = await section('3–4. interactions and 1,000 rows', () =>
        measureInteractions(browser, server.info.url, {
          iterations: settings.interactionIterations,
          thousandRowRuns: quick ? 2 : 5,
          log,
        }),
      );
      const memory = await section('7. memory', () =>
        measureMemory(browser, server.info.url, { pages: quick ? 10 : 50, every: quick ? 5 : 10, log }),
      );
      return { firstTable, interactions, memory };
    } finally {
      await browser.close();
    }
  })();
  await stop(server);
  await stop(sim);

  const simulator = await section(
    `6. simulator at ${LARGE_ACCOUNT.toLocaleString('en-US')} volumes`,
    async () => {
      const large = await child<SimulatorInfo>(SIMULATOR, { volumeCount: LARGE_ACCOUNT });
      try {
        const scale = await measureSimulatorScale(large.info, {
          volumeCount: LARGE_ACCOUNT,
          requests: quick ? 30 : 200,
          log,
        });
        return { ...scale, startSeconds: Math.round(large.info.startMs / 100) / 10 };
      } finally {
        await stop(large);
      }
    },
  );

  const inventory = await section('8. inventory', () => measureInventory({ quick, log }));

  const { files, ...total } = built.report.total;
  // The static "initial" is what index.html names; a chunk imported at start-up is not in it.
  // What the browser fetched before the first row is the check that nothing slipped out.
  const fetched = files.filter((f) =>
    browserParts.firstTable.app.assetsBeforeFirstRow.includes(`/${f.file}`),
  );
  const bundle = {
    ...built.report,
    total: { ...total, fileCount: files.length },
    composition: built.composition,
    beforeFirstRow: {
      files: fetched.map(({ file, gzip }) => ({ file, gzip })),
      gzip: fetched.reduce((sum, f) => sum + f.gzip, 0),
    },
  };
  const measured = { bundle, proxy, simulator, ...browserParts, inventory };
  return {
    machine: describeMachine(version, loadAtStart),
    durationSeconds: Math.round((performance.now() - started) / 1000),
    settings,
    ...measured,
    goals: evaluateGoals(measured),
  };
}

// Ctrl-C or a CI timeout: Playwright closes the browser itself, but a pending page call then
// never settles, so stop the servers and leave rather than hang.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n✗ ${signal}: stopping the servers.`);
    void Promise.allSettled(children.map((c) => c.stop())).finally(() =>
      process.exit(signal === 'SIGINT' ? 130 : 143),
    );
  });
}

try {
  const results = await run();
  log(`\n━━ results (${results.durationSeconds} s) ━━\n${printTable(results)}`);
  await mkdir(RESULTS_DIR, { recursive: true });
  // Formatted as the repository's Prettier would, so docs/performance.json passes a format check.
  const jsonPath = resolve(ROOT, 'docs/performance.json');
  const json = await format(JSON.stringify(results), { ...(await resolveConfig(jsonPath)), parser: 'json' });
  await writeFile(resolve(RESULTS_DIR, 'latest.json'), json);
  if (quick) {
    log('\n--quick: wrote bench-results/latest.json only.');
  } else {
    await mkdir(resolve(ROOT, 'docs'), { recursive: true });
    await writeFile(jsonPath, json);
    await writeFile(resolve(ROOT, 'docs/PERFORMANCE.md'), performanceMarkdown(results));
    log('\nWrote bench-results/latest.json, docs/performance.json and docs/PERFORMANCE.md.');
  }
  // A missed goal is reported, not a failure: timings on a shared machine are not a gate.
} catch (error) {
  console.error('\n✗ The bench crashed:', error);
  process.exitCode = 1;
} finally {
  await Promise.allSettled(children.map((c) => c.stop()));
}
