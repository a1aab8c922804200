import { formatKb } from './bundle-size.mjs';
import { signedMs } from './stats.ts';
import type { BenchResults } from './results.ts';

const ms = (value: number) => `${value} ms`;
const pct = (share: number) => `${Math.round(share * 100)} %`;

/** Rows of the one summary table: section, measurement, figure. */
export function summaryRows(r: BenchResults): [string, string, string][] {
  const rows: [string, string, string][] = [
    [
      '1 bundle',
      'initial JS + CSS, gzip',
      `${formatKb(r.bundle.initial.gzip)} (budget ${formatKb(r.bundle.budgetBytes)})`,
    ],
    [
      '1 bundle',
      'fetched before the first row (browser), gzip',
      `${formatKb(r.bundle.beforeFirstRow.gzip)} in ${r.bundle.beforeFirstRow.files.length} files`,
    ],
    ['1 bundle', 'everything, gzip', `${formatKb(r.bundle.total.gzip)} in ${r.bundle.total.fileCount} files`],
    ['2 first table', `app, median of ${r.firstTable.runs} cold loads`, ms(r.firstTable.app.medianMs)],
    ['2 first table', 'floor (plain HTML, same request)', ms(r.firstTable.floor.medianMs)],
    ['2 first table', 'ratio app / floor', `×${r.firstTable.ratio}`],
    [
      '2 first table',
      `app, second visit (warm HTTP cache), median of ${r.firstTable.runs}`,
      `${ms(r.firstTable.warm.medianMs)} (×${r.firstTable.warm.ratio} floor)`,
    ],
  ];
  for (const item of r.interactions.items) {
    rows.push([
      '3 interactions',
      item.label,
      `${ms(item.medianMs)} median, ${item.longTasksMedian} long tasks, network waits ${item.networkWaits}/${item.samples}`,
    ]);
  }
  const t = r.interactions.thousandRows;
  rows.push(['4 1,000 rows', 'render after "Rows per page" 1000 (network included)', ms(t.renderMedianMs)]);
  rows.push([
    '4 1,000 rows',
    'scroll to the end',
    `${t.scroll.longTasks} long tasks, ${t.scroll.slowFrames} frames > 50 ms, max frame ${ms(t.scroll.maxFrameMs)}`,
  ]);
  const p = r.proxy;
  const { direct, floor, distinct, identical } = p.load;
  const load = (f: typeof direct) => `${f.reqPerSec} req/s, p50 ${ms(f.p50Ms)}, p99 ${ms(f.p99Ms)}`;
  const each = `${p.load.connections} conn × ${p.load.seconds} s`;
  rows.push(['5 proxy', `${each}: direct`, load(direct)]);
  rows.push([
    '5 proxy',
    `${each}: proxied, distinct URLs (the proxy's cost)`,
    `${load(distinct.proxied)}: ${pct(distinct.throughputRatio)} of direct`,
  ]);
  rows.push([
    '5 proxy',
    `${each}: floor proxy, distinct URLs (Node's HTTP alone)`,
    `${load(floor.proxied)}: ${pct(floor.throughputRatio)} of direct`,
  ]);
  rows.push([
    '5 proxy',
    `${each}: proxied, identical URLs (the coalescing gain)`,
    `${load(identical.proxied)}: ${pct(identical.throughputRatio)} of direct`,
  ]);
  rows.push([
    '5 proxy',
    'CPU per request: simulator, proxy distinct, floor, proxy identical (event loop busy)',
    `${direct.simulatorCpuUsPerRequest} µs (${pct(direct.simulatorLoopBusy)}), ` +
      `${distinct.proxied.proxyCpuUsPerRequest} µs (${pct(distinct.proxied.proxyLoopBusy)}), ` +
      `${floor.proxied.proxyCpuUsPerRequest} µs (${pct(floor.proxied.proxyLoopBusy)}), ` +
      `${identical.proxied.proxyCpuUsPerRequest} µs (${pct(identical.proxied.proxyLoopBusy)})`,
  ]);
  rows.push(['5 proxy', 'metrics observer, per upstream request', `${p.observer.usPerRequest} µs`]);
  rows.push([
    '5 proxy',
    `sequential, p50 direct → proxied`,
    `${ms(p.light.direct.p50Ms)} → ${ms(p.light.proxied.p50Ms)} (${signedMs(p.light.p50AddedMs)})`,
  ]);
  for (const q of r.simulator.queries) {
    rows.push(['6 simulator 100k', q.label, `p50 ${ms(q.p50Ms)}, p99 ${ms(q.p99Ms)}`]);
  }
  rows.push([
    '7 memory',
    `heap after ${r.memory.rounds}× ${r.memory.pages} pages fwd+back`,
    `${r.memory.afterRoundMB.join(' → ')} MB`,
  ]);
  const inv = r.inventory;
  rows.push([
    '8 inventory',
    `one run, 2 × ${inv.run.volumesPerRegion.toLocaleString('en-US')} volumes`,
    `${(inv.run.wallMs / 1000).toFixed(1)} s, ${inv.run.requests} requests, RSS ${inv.run.rssBeforeMB} → ${inv.run.rssAfterMB} MB (peak ${inv.run.peakRssMB})`,
  ]);
  rows.push(['8 inventory', `${inv.history.days} simulated days`, `${inv.history.databaseMB} MB on disk`]);
  for (const q of inv.queries) rows.push(['8 inventory', q.label, `p50 ${ms(q.p50Ms)}, p95 ${ms(q.p95Ms)}`]);
  return rows;
}

export function printTable(r: BenchResults): string {
  const rows = summaryRows(r);
  const widths = [0, 1].map((c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  const lines = rows.map(([a, b, c]) => `${a.padEnd(widths[0] ?? 0)}  ${b.padEnd(widths[1] ?? 0)}  ${c}`);
  const goals = r.goals.map((g) => `${g.met ? '✓' : '✗'} ${g.what}: ${g.figure} (goal ${g.target})`);
  return [...lines, '', ...goals].join('\n');
}
