// A full read of an account of 100,000 volumes over two simulated regions (50,000 each), through
// the real proxy, as export, Capacity and contains-search make it: upstream SCP requests and wall
// time, then the server names a contains search matches on, with the browser's own read code
// (each region on its own by marker, merged in the browser; ListServers paged per region).
// Alone, it also measures the way the browser read before #23 for comparison (the merged
// all-regions list paged by offset; one ShowServer per attached server, four at a time), which
// takes a minute more: `npx tsx scripts/bench/full-read.ts [volumesPerRegion]`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createScpProxy } from '../../src/proxy/create-proxy.ts';
import { createUpstreamClient } from '../../src/proxy/upstream-client.ts';
import { startBuiltInSimulator } from '../../src/simulator/built-in.ts';
import { encodeListParams, encodeQuery } from '../../src/scp/list-query.ts';
import { readAccount } from '../../src/features/volumes/all-volumes/read-account.ts';
import { readServerNames } from '../../src/features/volumes/all-volumes/read-server-names.ts';

export interface ReadCost {
  what: string;
  upstreamRequests: number;
  wallMs: number;
  /** Volumes (or servers) the read returned. */
  items: number;
}

export interface FullReadResult {
  volumesPerRegion: number;
  regions: readonly string[];
  reads: ReadCost[];
}

const quiet = { info: () => {}, warn: () => {} };
const REGIONS = ['kr-west1', 'kr-east1'] as const;
const LIMIT = 1000;

interface Listed {
  id: string;
  region?: string;
  servers?: { id: string }[] | null;
}

export async function measureFullRead(
  volumesPerRegion = 50_000,
  { before = true }: { before?: boolean } = {},
): Promise<FullReadResult> {
  const client = createUpstreamClient();
  let upstream = 0;
  const proxy = createScpProxy({
    env: { SCP_REGIONS: REGIONS.join(','), SCP_SIMULATOR_VOLUMES: String(volumesPerRegion) },
    logger: quiet,
    startSimulator: startBuiltInSimulator,
    fetchUpstream: async (request) => {
      upstream++;
      return client.fetchUpstream(request);
    },
  });
  const server = createServer((req, res) => proxy.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/api`;
  const get = async (path: string): Promise<unknown> => {
    const answer = await fetch(`${base}${path}`);
    if (!answer.ok) throw new Error(`${path}: HTTP ${answer.status}`);
    return answer.json();
  };
  const reads: ReadCost[] = [];
  const measure = async <T extends { length: number }>(what: string, run: () => Promise<T>) => {
    upstream = 0;
    const t0 = performance.now();
    const result = await run();
    reads.push({ what, upstreamRequests: upstream, wallMs: performance.now() - t0, items: result.length });
    return result;
  };

  const mergedListByOffset = () =>
    measure('volumes, merged list by offset (before)', async () => {
      const all: Listed[] = [];
      for (let offset = 0; ; offset += LIMIT) {
        const page = (await get(
          `/v1/volumes?limit=${LIMIT}&offset=${offset}&with_count=${offset === 0}`,
        )) as {
          volumes: Listed[];
        };
        all.push(...page.volumes);
        if (page.volumes.length < LIMIT) return all;
      }
    });
  const showServerEach = (volumes: Listed[]) => {
    const attached = new Map<string, string>();
    for (const volume of volumes)
      for (const attachment of volume.servers ?? []) attached.set(attachment.id, volume.region ?? '');
    return measure('server names, one ShowServer each (before)', async () => {
      const queue = [...attached];
      const names: string[] = [];
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const [id, region] = next;
          const body = (await get(`/v1/servers/${id}?region=${region}`)) as { name?: string };
          if (body.name) names.push(body.name);
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      return names;
    });
  };

  try {
    await proxy.status();
    // Before (#23): the merged list of every region, 1,000 at a time by offset (the old walk),
    // then one ShowServer per attached server, four at a time (the old contains search).
    const volumes = before ? await mergedListByOffset() : null;
    if (volumes) await showServerEach(volumes);
    // After: the browser's own read (all-volumes/read-account.ts), each region by marker.
    const read = await measure('volumes, each region by marker, merged in the browser (after)', async () => {
      const result = await readAccount(
        { params: {}, regions: REGIONS, tagRegions: true },
        { fetchPage: (params) => get(`/v1/volumes?${encodeListParams(params)}`) },
      );
      return result.volumes;
    });
    if (
      read.length !== volumesPerRegion * REGIONS.length ||
      (volumes && new Set(read.map((v) => v.id)).size !== volumes.length)
    ) {
      throw new Error(`the read found ${read.length} volumes`);
    }
    // After: every server's name from ListServers, paged per region (read-server-names.ts).
    await measure('server names, ListServers per region (after)', async () => {
      const names = await readServerNames(REGIONS, {
        fetchPage: (params) =>
          get(
            `/v1/servers?${encodeQuery(Object.entries(params).map(([key, value]) => [key, String(value)]))}`,
          ),
      });
      return [...names.names.keys()];
    });
    return { volumesPerRegion, regions: REGIONS, reads };
  } finally {
    server.close();
    client.close();
    await proxy.close();
  }
}

export function describeFullRead(result: FullReadResult): string[] {
  const total = (result.volumesPerRegion * result.regions.length).toLocaleString('en-US');
  return result.reads.map(
    (read) =>
      `${read.what}, ${total} volumes over ${result.regions.length} regions: ` +
      `${read.upstreamRequests.toLocaleString('en-US')} upstream requests, ` +
      `${(read.wallMs / 1000).toFixed(1)} s, ${read.items.toLocaleString('en-US')} items`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const perRegion = Number(process.argv[2] ?? 50_000);
  for (const line of describeFullRead(await measureFullRead(perRegion))) console.log(line);
}
