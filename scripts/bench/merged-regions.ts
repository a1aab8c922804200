// A deep page of the all-regions list: offset 10,000 over two simulated regions of 50,000
// volumes each, through the real proxy (merge in src/proxy/merged-volumes.ts). Reports the
// time per request and what it cost upstream. Alone: `npx tsx scripts/bench/merged-regions.ts`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createScpProxy } from '../../src/proxy/create-proxy.ts';
import { createUpstreamClient } from '../../src/proxy/upstream-client.ts';
import { startBuiltInSimulator } from '../../src/simulator/built-in.ts';

export interface MergedRegionsResult {
  volumesPerRegion: number;
  offset: number;
  limit: number;
  coldMs: number;
  warmMedianMs: number;
  upstreamRequests: number;
  upstreamVolumes: number;
}

const quiet = { info: () => {}, warn: () => {} };

export async function measureMergedRegions(volumesPerRegion = 50_000, offset = 10_000, limit = 20, runs = 7) {
  const client = createUpstreamClient();
  let requests = 0;
  let volumes = 0;
  const proxy = createScpProxy({
    env: { SCP_REGIONS: 'kr-west1,kr-east1', SCP_SIMULATOR_VOLUMES: String(volumesPerRegion) },
    logger: quiet,
    startSimulator: startBuiltInSimulator,
    fetchUpstream: async (request) => {
      requests++;
      const answer = await client.fetchUpstream(request);
      volumes += Number(request.url.searchParams.get('limit') ?? 0);
      return answer;
    },
  });
  const server = createServer((req, res) => proxy.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/api/v1/volumes?region=all&sort=size:desc&offset=${offset}&limit=${limit}`;
  const once = async () => {
    const t0 = performance.now();
    const answer = await fetch(url);
    const body = (await answer.json()) as { count: number; volumes: unknown[] };
    if (answer.status !== 200 || body.volumes.length !== limit)
      throw new Error(`bad answer ${answer.status}`);
    return performance.now() - t0;
  };
  try {
    await proxy.status();
    const coldMs = await once();
    requests = 0;
    volumes = 0;
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(await once());
    warm.sort((a, b) => a - b);
    return {
      volumesPerRegion,
      offset,
      limit,
      coldMs,
      warmMedianMs: warm[Math.floor(runs / 2)] ?? 0,
      upstreamRequests: requests / runs,
      upstreamVolumes: volumes / runs,
    } satisfies MergedRegionsResult;
  } finally {
    server.close();
    client.close();
    await proxy.close();
  }
}

export function describeMergedRegions(result: MergedRegionsResult): string {
  return (
    `all regions, offset ${result.offset.toLocaleString('en-US')} over 2 × ${result.volumesPerRegion.toLocaleString('en-US')} volumes: ` +
    `${result.warmMedianMs.toFixed(1)} ms median warm (${result.coldMs.toFixed(0)} ms cold), ` +
    `${result.upstreamRequests} upstream requests asking for ${result.upstreamVolumes} volumes in all`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(describeMergedRegions(await measureMergedRegions()));
}
