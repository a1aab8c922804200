import { createSampler } from './http-sampler.ts';
import { signedUpstreamHeaders, type Upstream } from './proxy-overhead.ts';
import { median, percentile, round } from './stats.ts';

export interface QueryTiming {
  label: string;
  query: string;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  count: number | null;
  rows: number;
}

interface ListBody {
  count?: number;
  volumes: { id: string }[];
}

/** Signed as the proxy signs, afresh per request: the bench must not lean on a replay window. */
const headersFor = signedUpstreamHeaders;

async function fetchList(upstream: Upstream, query: string): Promise<ListBody> {
  const url = `${upstream.url}/v1/volumes?${query}`;
  const res = await fetch(url, { headers: headersFor(upstream, url) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as ListBody;
}

/**
 * p50/p99 of list queries on a large account, sequential so each figure is the simulator's own
 * time (plus loopback HTTP) rather than queueing. Goal (none set by the issue): stay far below
 * the time a person notices, i.e. a few ms, at 100,000 volumes.
 */
export async function measureSimulatorScale(
  upstream: Upstream,
  {
    requests = 200,
    volumeCount,
    log = console.log,
  }: { requests?: number; volumeCount: number; log?: (line: string) => void },
): Promise<{ volumeCount: number; queries: QueryTiming[] }> {
  const deep = Math.max(0, volumeCount - 1000);
  // The marker page needs a real id near the end of the default order.
  const anchor = (await fetchList(upstream, `limit=1&offset=${deep - 1}&with_count=false`)).volumes[0];
  if (!anchor) throw new Error(`the simulator has fewer than ${deep} volumes`);
  const cases = [
    {
      label: 'filtered + sorted, first page',
      query: 'with_count=true&limit=20&sort=size%3Adesc&state=in-use&bootable=true',
    },
    { label: 'unfiltered, sorted by name', query: 'with_count=true&limit=20&sort=name%3Aasc' },
    { label: `deep offset (${deep})`, query: `with_count=true&limit=20&offset=${deep}` },
    {
      label: `deep offset (${deep}), sorted`,
      query: `with_count=true&limit=20&sort=created_at%3Adesc&offset=${deep}`,
    },
    { label: `marker after #${deep}`, query: `with_count=true&limit=20&marker=${anchor.id}` },
    {
      label: '1,000 rows, filtered + sorted',
      query: 'with_count=true&limit=1000&sort=size%3Adesc&state=in-use',
    },
  ];
  const sampler = createSampler();
  const out: QueryTiming[] = [];
  try {
    for (const { label, query } of cases) {
      const url = `${upstream.url}/v1/volumes?${query}`;
      const body = await fetchList(upstream, query);
      const times: number[] = [];
      for (let i = 0; i < requests; i++) {
        const { status, ms } = await sampler.get(url, headersFor(upstream, url));
        if (status !== 200) throw new Error(`${url}: HTTP ${status}`);
        times.push(ms);
      }
      const timing = {
        label,
        query,
        requests,
        p50Ms: round(median(times), 2),
        p99Ms: round(percentile(times, 99), 2),
        count: body.count ?? null,
        rows: body.volumes.length,
      };
      log(`  simulator: ${label}: p50 ${timing.p50Ms} ms, p99 ${timing.p99Ms} ms`);
      out.push(timing);
    }
  } finally {
    sampler.close();
  }
  return { volumeCount, queries: out };
}
