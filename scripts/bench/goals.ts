import { formatKb } from './bundle-size.mjs';
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
  goals.push({
    id: 'bundle',
    what: 'Initial JS + CSS (gzip)',
    target: `≤ ${formatKb(r.bundle.budgetBytes)}`,
    figure: formatKb(r.bundle.initial.gzip),
    met: r.bundle.withinBudget,
    source: 'issue',
    closeIt:
      'Split what the first table does not need into lazy chunks (drawer, export, devtools, the Korean ' +
      'catalogue), or drop a dependency; `node scripts/check-bundle.mjs` lists the initial files.',
  });
  goals.push({
    id: 'first-table',
    what: 'Time to first table vs the no-framework floor',
    target: `≤ ${FIRST_TABLE_RATIO}× floor`,
    figure: `${r.firstTable.app.medianMs} ms vs ${r.firstTable.floor.medianMs} ms (×${r.firstTable.ratio})`,
    met: r.firstTable.ratio <= FIRST_TABLE_RATIO,
    source: 'issue',
    closeIt:
      'Start the list request before React boots (a `<link rel="preload" as="fetch">` or an inline fetch the ' +
      'query cache adopts), so the ~250 kB parse/compile of the bundle overlaps the network instead of ' +
      'preceding it; then trim the initial bundle.',
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
        'Profile the interaction (Performance panel): a long task points at a render of every row or cell ' +
        '(memoise rows, keep column definitions stable); a network wait points at a missing prefetch.',
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
        'Prefetch page n+1 (queryClient.prefetchQuery with the same queryOptions) once page n is shown.',
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
      'Make each rendered row cheaper (fewer nested elements, no per-row Intl formatter construction).',
  });
  const { load, light } = r.proxy;
  const cpu = `proxy ${load.proxied.proxyCpuUsPerRequest} µs CPU per request vs simulator ${load.direct.simulatorCpuUsPerRequest} µs`;
  goals.push({
    id: 'proxy-p50',
    what: `Proxy: p50 latency added at ${load.connections} connections`,
    target: `≤ ${PROXY_P50_ADDED_MS} ms`,
    figure: `+${load.p50AddedMs} ms (${load.direct.p50Ms} → ${load.proxied.p50Ms} ms); sequential: +${light.p50AddedMs} ms`,
    met: load.p50AddedMs <= PROXY_P50_ADDED_MS,
    source: 'issue',
    closeIt:
      `Under saturation the p50 is queueing, so this follows the throughput gap (${cpu}); ` +
      `one request on an idle server gains only ${light.p50AddedMs} ms. Cutting the proxy's CPU per request closes both.`,
  });
  goals.push({
    id: 'proxy-throughput',
    what: `Proxy: throughput at ${load.connections} connections`,
    target: `≥ ${PROXY_THROUGHPUT_RATIO * 100} % of direct`,
    figure: `${Math.round(load.throughputRatio * 100)} % (${load.proxied.reqPerSec} vs ${load.direct.reqPerSec} req/s)`,
    met: load.throughputRatio >= PROXY_THROUGHPUT_RATIO,
    source: 'issue',
    closeIt:
      `The proxy spends ${cpu}: it, not the simulator, saturates the cores it shares with the load generator. ` +
      'Forward with node:http and a keep-alive Agent, piping the upstream response, instead of WHATWG fetch ' +
      '(undici request objects, web streams and an AbortSignal per request); compute constant headers once.',
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
  return goals;
}
