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
  /** CPU time per request in the simulator and the server (proxy) process, in µs. */
  simulatorCpuUsPerRequest: number;
  proxyCpuUsPerRequest: number;
  /** Of the proxy's, the part spent in the kernel (socket reads and writes). */
  proxySystemCpuUsPerRequest: number;
  /** Share of the run each process's event loop was busy: near 1 means that process is the limit. */
  simulatorLoopBusy: number;
  proxyLoopBusy: number;
}

/** A server process under load: where it listens, and its usage reader (child-process.ts). */
export interface Measured {
  url: string;
  usage: () => Promise<Usage>;
}

/** One proxied workload against the direct baseline. */
export interface ProxiedLoad {
  proxied: LoadFigures;
  throughputRatio: number;
  p50AddedMs: number;
}

export interface ProxyOverhead {
  /** The server that hosts the proxy in this measurement. */
  host: string;
  /** A different page per request: `…&offset=0` to `…&offset=${distinctUrls - 1}`, round robin. */
  distinctPath: string;
  distinctUrls: number;
  /** Every request the same. */
  identicalPath: string;
  load: {
    connections: number;
    /** Per workload, in total. */
    seconds: number;
    rounds: { direct: LoadFigures; floor: LoadFigures; distinct: LoadFigures; identical: LoadFigures }[];
    /** The simulator directly, distinct URLs (its cost does not depend on the page asked for). */
    direct: LoadFigures;
    /** floor-proxy-child.ts, distinct URLs: what Node's HTTP alone costs a proxy here. */
    floor: ProxiedLoad;
    /** The proxy's own cost: no two requests in flight are the same, so each is signed, sent and relayed. */
    distinct: ProxiedLoad;
    /** The coalescing gain: identical requests in flight share one upstream answer (src/proxy/coalesce.ts). */
    identical: ProxiedLoad;
  };
  light: {
    requests: number;
    direct: { p50Ms: number; p99Ms: number };
    proxied: { p50Ms: number; p99Ms: number };
    p50AddedMs: number;
  };
}

const LIST = '/v1/volumes?limit=20';
const DISTINCT_URLS = 1000;
// The proxy forwards list parameters in the route table's order (limit before offset), so the
// direct requests are the very URLs the proxy sends.
const distinctPaths = Array.from({ length: DISTINCT_URLS }, (_, i) => `${LIST}&offset=${i}`);

/** The headers the proxy sends upstream for `url` (src/proxy/upstream-request.ts), signed now. */
export function signedUpstreamHeaders(upstream: Upstream, url: string): Record<string, string> {
  const target = { ...upstream, apiVersion: CONFIG_DEFAULTS.apiVersion };
  return upstreamHeaders(target, 'virtualserver', url, 'en-US', Date.now);
}

interface Call {
  path: string;
  headers: Record<string, string>;
}

/**
 * The simulator accepts a timestamp within minutes, so one signature per URL serves a whole
 * run; they are made afresh for each run, before it starts, so the load generator signs nothing
 * while it measures.
 */
const directCalls = (upstream: Upstream): Call[] =>
  distinctPaths.map((path) => ({ path, headers: signedUpstreamHeaders(upstream, `${upstream.url}${path}`) }));

const proxiedCalls = (paths: readonly string[]): Call[] =>
  paths.map((path) => ({ path: `/api${path}`, headers: {} }));

async function load(
  origin: string,
  calls: readonly Call[],
  connections: number,
  seconds: number,
  cpu: { simulator: () => Promise<Usage>; proxy: () => Promise<Usage> },
): Promise<LoadFigures> {
  // Round robin over every connection: with more URLs than connections, no two requests in
  // flight are the same. Every workload goes through setupRequest, so the load generator's own
  // cost is the same for all.
  let next = 0;
  const setupRequest = (request: { headers?: Record<string, string> }) => {
    const call = calls[next++ % calls.length] as Call;
    return { ...request, path: call.path, headers: { ...request.headers, ...call.headers } };
  };
  const before = await Promise.all([cpu.simulator(), cpu.proxy()]);
  const result: Result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [{ setupRequest }],
  });
  const after = await Promise.all([cpu.simulator(), cpu.proxy()]);
  const requests = result['2xx'];
  const errors = result.errors + result.timeouts + result.non2xx;
  if (errors > 0 || requests === 0) {
    throw new Error(
      `${origin}${calls[0]?.path}: ${errors} failed requests out of ${requests + errors} under load`,
    );
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
    proxySystemCpuUsPerRequest: round((delta(1, 'systemCpuMs') * 1000) / requests, 0),
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
    proxySystemCpuUsPerRequest: weighted((f) => f.proxySystemCpuUsPerRequest),
    simulatorLoopBusy: mean((f) => f.simulatorLoopBusy, 2),
    proxyLoopBusy: mean((f) => f.proxyLoopBusy, 2),
  };
}

const against = (direct: LoadFigures, proxied: LoadFigures): ProxiedLoad => ({
  proxied,
  throughputRatio: round(proxied.reqPerSec / direct.reqPerSec, 2),
  p50AddedMs: round(proxied.p50Ms - direct.p50Ms, 2),
});

/**
 * The simulator directly and through the signing proxy on `proxy`, under a saturating load
 * (50 connections), in two workloads: distinct URLs (the proxy's cost) and one identical URL
 * (what coalescing gains); and the floor proxy with distinct URLs, for what any Node proxy
 * costs here. Then sequential requests, interleaved so drift hits both paths alike, for the
 * latency one request gains when the server is not queueing.
 */
export async function measureProxyOverhead(
  upstream: Upstream & { usage: () => Promise<Usage> },
  proxy: Measured,
  floorProxy: Measured,
  { host = 'npm run serve', connections = 50, seconds = 10, lightRequests = 1000, log = console.log } = {},
): Promise<ProxyOverhead> {
  const distinct = proxiedCalls(distinctPaths);
  const identical = proxiedCalls([LIST]);
  const through = (server: Measured) => ({ simulator: upstream.usage, proxy: server.usage });
  const direct = (secs: number) =>
    load(upstream.url, directCalls(upstream), connections, secs, {
      simulator: upstream.usage,
      proxy: proxy.usage,
    });

  log('  proxy: warm-up');
  await direct(2);
  await load(floorProxy.url, distinct, connections, 2, through(floorProxy));
  await load(proxy.url, distinct, connections, 2, through(proxy));
  // Alternating rounds rather than one block each, so a neighbour's burst on this shared
  // machine lands on every workload rather than on one.
  const half = seconds / 2;
  log(
    `  proxy: ${connections} connections; direct, floor, distinct, identical alternating, 2 × ${half} s each`,
  );
  const rounds: ProxyOverhead['load']['rounds'] = [];
  for (let i = 0; i < 2; i++) {
    rounds.push({
      direct: await direct(half),
      floor: await load(floorProxy.url, distinct, connections, half, through(floorProxy)),
      distinct: await load(proxy.url, distinct, connections, half, through(proxy)),
      identical: await load(proxy.url, identical, connections, half, through(proxy)),
    });
  }
  const directFigures = combine(rounds.map((r) => r.direct));

  log(`  proxy: ${lightRequests} sequential requests each, interleaved`);
  const sampler = createSampler();
  const proxySampler = createSampler();
  const lightDirect: number[] = [];
  const lightProxied: number[] = [];
  try {
    const calls = directCalls(upstream);
    for (let i = 0; i < lightRequests; i++) {
      const call = calls[i % calls.length] as Call;
      const a = await sampler.get(`${upstream.url}${call.path}`, call.headers);
      const b = await proxySampler.get(`${proxy.url}/api${call.path}`);
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
    host,
    distinctPath: `${LIST}&offset={0…${DISTINCT_URLS - 1}}`,
    distinctUrls: DISTINCT_URLS,
    identicalPath: LIST,
    load: {
      connections,
      seconds,
      rounds,
      direct: directFigures,
      floor: against(directFigures, combine(rounds.map((r) => r.floor))),
      distinct: against(directFigures, combine(rounds.map((r) => r.distinct))),
      identical: against(directFigures, combine(rounds.map((r) => r.identical))),
    },
    light: { ...light, p50AddedMs: round(light.proxied.p50Ms - light.direct.p50Ms, 2) },
  };
}
