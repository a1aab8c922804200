import autocannon, { type Result } from 'autocannon';
import type { Usage } from './child-process.ts';
import { CONFIG_DEFAULTS } from '../../src/proxy/config.ts';
import { upstreamHeaders } from '../../src/proxy/upstream-request.ts';
import { createSampler } from './http-sampler.ts';
import { median, percentile, round } from './stats.ts';

export interface Upstream {
  url: string;
  accessKey: string;
  secretKey: string;
}

export interface LoadFigures {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  /** CPU time per request in the simulator and the preview (proxy) process, in µs. */
  simulatorCpuUsPerRequest: number;
  proxyCpuUsPerRequest: number;
  /** Share of the run each process's event loop was busy: near 1 means that process is the limit. */
  simulatorLoopBusy: number;
  proxyLoopBusy: number;
}

/** Usage readers of the two server processes (child-process.ts). */
export interface CpuMeters {
  simulator: () => Promise<Usage>;
  proxy: () => Promise<Usage>;
}

export interface ProxyOverhead {
  path: string;
  load: {
    connections: number;
    /** Per path, in total. */
    seconds: number;
    rounds: { direct: LoadFigures; proxied: LoadFigures }[];
    direct: LoadFigures;
    proxied: LoadFigures;
    throughputRatio: number;
    p50AddedMs: number;
  };
  light: {
    requests: number;
    direct: { p50Ms: number; p99Ms: number };
    proxied: { p50Ms: number; p99Ms: number };
    p50AddedMs: number;
  };
}

const PATH = '/v1/volumes?limit=20';

/** The headers the proxy sends upstream for `url` (src/proxy/upstream-request.ts), signed now. */
export function signedUpstreamHeaders(upstream: Upstream, url: string): Record<string, string> {
  const target = { ...upstream, apiVersion: CONFIG_DEFAULTS.apiVersion };
  return upstreamHeaders(target, 'virtualserver', url, 'en-US', Date.now);
}

/**
 * The simulator accepts a timestamp within minutes, so one signature serves a whole run against
 * this fixed URL; it is made afresh for each run.
 */
const directHeaders = (upstream: Upstream) => signedUpstreamHeaders(upstream, `${upstream.url}${PATH}`);

async function load(
  url: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
  cpu: CpuMeters,
): Promise<LoadFigures> {
  const before = await Promise.all([cpu.simulator(), cpu.proxy()]);
  const result: Result = await autocannon({ url, headers, connections, duration: seconds });
  const after = await Promise.all([cpu.simulator(), cpu.proxy()]);
  const requests = result['2xx'];
  const errors = result.errors + result.timeouts + result.non2xx;
  if (errors > 0 || requests === 0) {
    throw new Error(`${url}: ${errors} failed requests out of ${requests + errors} under load`);
  }
  const delta = (i: 0 | 1, key: keyof Usage) => (after[i]?.[key] ?? 0) - (before[i]?.[key] ?? 0);
  const perRequest = (i: 0 | 1) => round((delta(i, 'cpuMs') * 1000) / requests, 0);
  const busy = (i: 0 | 1) =>
    round(delta(i, 'loopActiveMs') / (delta(i, 'loopActiveMs') + delta(i, 'loopIdleMs')), 2);
  return {
    reqPerSec: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    errors,
    simulatorCpuUsPerRequest: perRequest(0),
    proxyCpuUsPerRequest: perRequest(1),
    simulatorLoopBusy: busy(0),
    proxyLoopBusy: busy(1),
  };
}

/** Runs of equal length: rates and percentiles averaged, counts summed, CPU weighted by requests. */
function combine(runs: LoadFigures[]): LoadFigures {
  const mean = (pick: (f: LoadFigures) => number, digits = 1) =>
    round(runs.reduce((sum, f) => sum + pick(f), 0) / runs.length, digits);
  const requests = runs.reduce((sum, f) => sum + f.requests, 0);
  const weighted = (pick: (f: LoadFigures) => number) =>
    round(runs.reduce((sum, f) => sum + pick(f) * f.requests, 0) / requests, 0);
  return {
    reqPerSec: mean((f) => f.reqPerSec, 0),
    p50Ms: mean((f) => f.p50Ms),
    p99Ms: mean((f) => f.p99Ms),
    requests,
    errors: runs.reduce((sum, f) => sum + f.errors, 0),
    simulatorCpuUsPerRequest: weighted((f) => f.simulatorCpuUsPerRequest),
    proxyCpuUsPerRequest: weighted((f) => f.proxyCpuUsPerRequest),
    simulatorLoopBusy: mean((f) => f.simulatorLoopBusy, 2),
    proxyLoopBusy: mean((f) => f.proxyLoopBusy, 2),
  };
}

/**
 * The same request to the simulator directly and through the signing proxy: a saturating load
 * (50 connections) for throughput, then sequential requests, interleaved so drift hits both
 * paths alike, for the latency one request gains when the server is not queueing.
 */
export async function measureProxyOverhead(
  upstream: Upstream,
  previewUrl: string,
  cpu: CpuMeters,
  { connections = 50, seconds = 10, lightRequests = 1000, log = console.log } = {},
): Promise<ProxyOverhead> {
  const directUrl = `${upstream.url}${PATH}`;
  const proxiedUrl = `${previewUrl}/api${PATH}`;

  log('  proxy: warm-up');
  await load(directUrl, directHeaders(upstream), connections, 2, cpu);
  await load(proxiedUrl, {}, connections, 2, cpu);
  // Two alternating halves rather than one block each, so a neighbour's burst on this shared
  // machine lands on both paths rather than on one.
  const half = seconds / 2;
  log(`  proxy: ${connections} connections, direct and proxied alternating, 2 × ${half} s each`);
  const rounds: { direct: LoadFigures; proxied: LoadFigures }[] = [];
  for (let i = 0; i < 2; i++) {
    const direct = await load(directUrl, directHeaders(upstream), connections, half, cpu);
    const proxied = await load(proxiedUrl, {}, connections, half, cpu);
    rounds.push({ direct, proxied });
  }
  const direct = combine(rounds.map((r) => r.direct));
  const proxied = combine(rounds.map((r) => r.proxied));

  log(`  proxy: ${lightRequests} sequential requests each, interleaved`);
  const sampler = createSampler();
  const proxySampler = createSampler();
  const lightDirect: number[] = [];
  const lightProxied: number[] = [];
  try {
    const headers = directHeaders(upstream);
    for (let i = 0; i < lightRequests; i++) {
      const a = await sampler.get(directUrl, headers);
      const b = await proxySampler.get(proxiedUrl);
      if (a.status !== 200 || b.status !== 200)
        throw new Error(`light load: status ${a.status} direct, ${b.status} proxied`);
      lightDirect.push(a.ms);
      lightProxied.push(b.ms);
    }
  } finally {
    sampler.close();
    proxySampler.close();
  }
  const light = {
    requests: lightRequests,
    direct: { p50Ms: round(median(lightDirect), 2), p99Ms: round(percentile(lightDirect, 99), 2) },
    proxied: { p50Ms: round(median(lightProxied), 2), p99Ms: round(percentile(lightProxied, 99), 2) },
  };
  return {
    path: PATH,
    load: {
      connections,
      seconds,
      rounds,
      direct,
      proxied,
      throughputRatio: round(proxied.reqPerSec / direct.reqPerSec, 2),
      p50AddedMs: round(proxied.p50Ms - direct.p50Ms, 2),
    },
    light: { ...light, p50AddedMs: round(light.proxied.p50Ms - light.direct.p50Ms, 2) },
  };
}
