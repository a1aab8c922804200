import { formatKb } from './bundle-size.mjs';
import { signedMs } from './stats.ts';
import { INVENTORY_P50_MS, INVENTORY_RSS_MB } from './inventory-markdown.ts';
import type { BenchResults, Goal } from './results.ts';

/** The issue asks for no figure here; RAIL's "respond within 100 ms" is what feels instant. */
export const INSTANT_MS = 100;
export const FIRST_TABLE_RATIO = 2;
export const PROXY_P50_ADDED_MS = 2;
export const PROXY_THROUGHPUT_RATIO = 0.7;

type Measured = Omit<BenchResults, 'goals' | 'machine' | 'durationSeconds' | 'settings'>;

/**
 * Every goal with its figure. The "closeIt" texts name the change that would close a miss; they
 * are printed only when the goal is missed.
 */
export function evaluateGoals(r: Measured): Goal[] {
  const goals: Goal[] = [];
  const notFloor = r.bundle.composition.filter((c) => !c.floor);
  const floorBytes = r.bundle.composition.filter((c) => c.floor).reduce((sum, c) => sum + c.gzipBytes, 0);
  const css = r.bundle.initial.files
    .filter((f) => f.kind === 'stylesheet')
    .reduce((sum, f) => sum + f.gzip, 0);
  const largest = notFloor
    .slice(0, 5)
    .map((c) => `${c.origin} ${formatKb(c.gzipBytes)}`)
    .join(', ');
  const bundleCloseIt =
    `Of the initial JS, ${formatKb(floorBytes)} is the library floor and ${formatKb(notFloor.reduce((sum, c) => sum + c.gzipBytes, 0))} ` +
    `the rest (largest: ${largest}); CSS ${formatKb(css)}. Lazy-load what the first table does not need ` +
    '(import() on first use), or drop a dependency; `node scripts/check-bundle.mjs` lists the initial files.';
  goals.push({
    id: 'bundle',
    what: 'Initial JS + CSS (gzip)',
    target: `≤ ${formatKb(r.bundle.budgetBytes)}`,
    figure: formatKb(r.bundle.initial.gzip),
    met: r.bundle.withinBudget,
    source: 'issue',
    closeIt: bundleCloseIt,
  });
  const initialFiles = new Set(r.bundle.initial.files.map((f) => f.file));
  const extra = r.bundle.beforeFirstRow.files.filter((f) => !initialFiles.has(f.file));
  goals.push({
    id: 'bundle-fetched',
    what: 'JS + CSS fetched before the first row (in the browser)',
    target: `≤ ${formatKb(r.bundle.budgetBytes)}`,
    figure: `${formatKb(r.bundle.beforeFirstRow.gzip)} in ${r.bundle.beforeFirstRow.files.length} files`,
    met: r.bundle.beforeFirstRow.gzip <= r.bundle.budgetBytes,
    // The issue's budget counts index.html's files; this applies it to what the browser fetched.
    source: 'bench',
    closeIt: extra.length
      ? `Besides index.html's files the browser fetched ${extra.map((f) => `${f.file} (${formatKb(f.gzip)})`).join(', ')} ` +
        'before the first row: chunks imported at start-up, outside the static check, that load while the table ' +
        'waits. Import them after the first row shows (or on first use), unless the table needs them.'
      : `Only index.html's own files were fetched before the first row. ${bundleCloseIt}`,
  });
  const ft = r.firstTable;
  goals.push({
    id: 'first-table',
    what: 'Time to first table vs the no-framework floor',
    target: `≤ ${FIRST_TABLE_RATIO}× floor`,
    figure: `${ft.app.medianMs} ms vs ${ft.floor.medianMs} ms (×${ft.ratio})`,
    met: ft.ratio <= FIRST_TABLE_RATIO,
    source: 'issue',
    closeIt: firstTableAdvice(ft),
  });
  for (const item of r.interactions.items) {
    goals.push({
      id: `interaction:${item.label}`,
      what: item.label,
      target: `≤ ${INSTANT_MS} ms, no long task`,
      figure: `${item.medianMs} ms, ${item.longTasksMedian} long tasks`,
      met: item.medianMs <= INSTANT_MS && item.longTasksMedian === 0,
      source: 'bench',
      closeIt:
        'A long task here is the re-render when the new rows arrive: profile it (Performance panel) and make ' +
        'the row render cheaper (memoised rows and cells, stable column definitions, formatters created once).',
    });
  }
  const next = r.interactions.items.find((i) => i.label.startsWith('Next page'));
  if (next) {
    goals.push({
      id: 'next-page-prefetch',
      what: 'Next page needs no network wait',
      target: 'no loading state',
      figure: `waited in ${next.networkWaits} of ${next.samples}`,
      met: next.networkWaits === 0,
      source: 'issue',
      closeIt:
        `In ${next.networkWaits} of ${next.samples} clicks page n+1 was not in the cache yet: its prefetch ` +
        'had not landed (or was not sent) within the pause before the click.',
    });
  }
  const scroll = r.interactions.thousandRows.scroll;
  goals.push({
    id: 'thousand-rows-scroll',
    what: 'Scrolling a 1,000-row page',
    target: 'no long task',
    figure: `${scroll.longTasks} long tasks, max frame ${scroll.maxFrameMs} ms`,
    met: scroll.longTasks === 0,
    source: 'bench',
    closeIt:
      'Each wheel step renders the virtual window anew; in a trace of this scroll, style, layout and paint took ' +
      'more main-thread time than script. Fixed row heights instead of measuring each row, fewer elements and ' +
      'classes per cell (hover tooltips rendered only on hover) and `contain: content` on rows would cut both.',
  });
  const { load, light } = r.proxy;
  // The goals hold for distinct URLs, where every request costs the proxy a signed upstream
  // request; identical ones are mostly answered by the coalescer (reported, no goal).
  const { direct } = load;
  const { proxied, throughputRatio, p50AddedMs } = load.distinct;
  const cpu =
    `proxy ${proxied.proxyCpuUsPerRequest} µs CPU per request, ` +
    `simulator ${direct.simulatorCpuUsPerRequest} µs`;
  goals.push({
    id: 'proxy-p50',
    what: `Proxy: p50 latency added at ${load.connections} connections, distinct URLs`,
    target: `≤ ${PROXY_P50_ADDED_MS} ms`,
    figure: `${signedMs(p50AddedMs)} (${direct.p50Ms} → ${proxied.p50Ms} ms); sequential: ${signedMs(light.p50AddedMs)}`,
    met: p50AddedMs <= PROXY_P50_ADDED_MS,
    source: 'issue',
    closeIt:
      'At saturation a request waits behind the others, so p50 ≈ connections ÷ throughput and the added p50 is ' +
      `the throughput gap in another form: a proxied request costs the machine proxy + simulator CPU (${cpu}) ` +
      "where a direct one costs the simulator's alone, on cores shared with the load generator. Unqueued, the " +
      `proxy adds ${light.p50AddedMs} ms. Closing it at this load needs the proxy's CPU per request well below ` +
      "the upstream's (see the throughput goal), or a load that does not saturate the machine.",
  });
  const proxyLimits = proxied.proxyLoopBusy >= 0.9;
  const floor = load.floor.proxied;
  goals.push({
    id: 'proxy-throughput',
    what: `Proxy: throughput at ${load.connections} connections, distinct URLs`,
    target: `≥ ${PROXY_THROUGHPUT_RATIO * 100} % of direct`,
    figure: `${Math.round(throughputRatio * 100)} % (${proxied.reqPerSec} vs ${direct.reqPerSec} req/s)`,
    met: throughputRatio >= PROXY_THROUGHPUT_RATIO,
    source: 'issue',
    closeIt:
      (proxyLimits
        ? `The proxy's event loop was ${Math.round(proxied.proxyLoopBusy * 100)} % busy: it is the limit (${cpu}). `
        : `No event loop was saturated (proxy ${Math.round(proxied.proxyLoopBusy * 100)} %, simulator ` +
          `${Math.round(proxied.simulatorLoopBusy * 100)} %): the processes waited for cores the shared ` +
          `machine did not give them (${cpu}). `) +
      `A bare Node proxy (the floor: node:http, signing, nothing else) reached ${Math.round(load.floor.throughputRatio * 100)} % ` +
      `with ${floor.proxyCpuUsPerRequest} µs per request; this proxy's own work adds ` +
      `${proxied.proxyCpuUsPerRequest - floor.proxyCpuUsPerRequest} µs. Cutting that closes the gap to the floor at most: ` +
      "with the simulator on the same two cores, the goal needs a cheaper HTTP stack than Node's http " +
      "(undici's dispatch: see Figures behind design decisions), or an upstream that does not share the " +
      'cores, as SCP does not. A CPU profile of the server process (`npm run bench:proxy -- --profile dir`) ' +
      'shows which part of the request path to cut.',
  });
  goals.push({
    id: 'memory',
    what: `JS heap over ${r.memory.rounds}× ${r.memory.pages} pages forward and back`,
    target: 'levels off',
    figure: `${r.memory.afterRoundMB.join(' → ')} MB (second round +${r.memory.secondRoundGrowthMB} MB)`,
    met: r.memory.levelsOff,
    source: 'issue',
    closeIt: 'Bound the query cache (shorter gcTime for list pages) and check for listeners kept per page.',
  });
  const inventory = r.inventory;
  const slowest = inventory.queries.reduce((worst, q) => (q.p50Ms > worst.p50Ms ? q : worst));
  goals.push({
    id: 'inventory-reads',
    what: `Inventory reads on the embedded engine, ${inventory.history.days} days of 2 × ${inventory.run.volumesPerRegion.toLocaleString('en-US')} volumes (p50 of each)`,
    target: `≤ ${INVENTORY_P50_MS} ms`,
    figure: `${slowest.p50Ms} ms (${slowest.label})`,
    met: slowest.p50Ms <= INVENTORY_P50_MS,
    source: 'issue',
    closeIt:
      'Search and trends answer from the read model in memory (src/inventory/store/read-model.ts): profile its loop, ' +
      'or keep a sort order per key; changes and history are indexed SQL.',
  });
  const added = Math.round((inventory.run.peakRssMB - inventory.run.rssBeforeMB) * 10) / 10;
  goals.push({
    id: 'inventory-rss',
    what: `RSS a run adds over 2 × ${inventory.run.volumesPerRegion.toLocaleString('en-US')} volumes (peak − before)`,
    target: `≤ ${INVENTORY_RSS_MB} MB`,
    figure: `${added} MB`,
    met: added <= INVENTORY_RSS_MB,
    source: 'issue',
    closeIt:
      'A run holds a page at a time (recorder.ts); look for what keeps whole regions (the read model is rebuilt after).',
  });
  return goals;
}

/**
 * What the milestones say, and only that: each sentence is printed when its measurement shows
 * the problem, so the advice never names a change the code has already made.
 */
function firstTableAdvice(ft: Measured['firstTable']): string {
  const a = ft.app.milestones;
  const f = ft.floor.milestones;
  const parts = [
    `Medians: index.html's JS and CSS are in at ${a.initialAssetsMs} ms, first paint at ${a.firstContentfulPaintMs} ms, ` +
      `the list request leaves at ${a.listRequestMs} ms, its response is in at ${a.listResponseMs} ms and the row shows ` +
      `at ${a.firstRowMs} ms; the floor sends the same request at ${f.listRequestMs} ms and shows the row at ${f.firstRowMs} ms.`,
  ];
  if (a.listRequestMs !== null && a.initialAssetsMs !== null && a.listRequestMs > a.initialAssetsMs) {
    parts.push(
      'The list request leaves after the bundle has arrived: send it from index.html before the bundle runs.',
    );
  }
  if (a.apiRequests !== null && a.apiRequests > 1) {
    parts.push(
      `${a.apiRequests} API requests went out before the first row: send the list request alone, the rest after the rows.`,
    );
  }
  const ready = Math.max(a.listResponseMs ?? 0, a.initialAssetsMs ?? 0);
  if (a.firstRowMs !== null && ready > 0) {
    parts.push(
      `${Math.round(a.firstRowMs - ready)} ms pass between the later of bundle and response and the row: main-thread ` +
        'work (parsing and running the bundle, the first render); a CPU profile of a cold load shows which.',
    );
  }
  return parts.join(' ');
}
