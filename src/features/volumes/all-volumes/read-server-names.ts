import { ApiError, normaliseError } from '../../../lib/api-error.ts';
import { withRetry, type RetryPolicy } from '../../../lib/with-retry.ts';
import { MAX_LIMIT } from '../../../scp/list-query.ts';
import type { RegionFailure } from '../../../scp/region-failure.ts';
import { parseServerList, serverListResponseSchema } from '../../../scp/server-list.ts';
import { regionFailure, type ReadProgress } from './read-account.ts';

/** One ListServers request (`region`, `limit`, `marker`); resolves to the body as received. */
export type FetchServerPage = (
  params: { region: string; limit: number; marker?: string },
  signal?: AbortSignal,
) => Promise<unknown>;

/** The name of every server of the regions read, by id. */
export interface ServerNames {
  names: ReadonlyMap<string, string>;
  /** Regions whose server list still failed after its retries: their servers match by id only. */
  missing: RegionFailure[];
  readAt: number;
}

export interface ServerNamesOptions {
  fetchPage: FetchServerPage;
  signal?: AbortSignal;
  retry?: RetryPolicy;
  onProgress?: (progress: ReadProgress) => void;
  now?: () => number;
}

/**
 * Every server's name from ListServers, 1,000 a request, paged by marker within each region
 * (it has no offset and no count, so the progress has no total): a request per 1,000 servers
 * where a contains search used to ask ShowServer once per attached server (docs/PERFORMANCE.md). Regions are read side by side; one that fails is named, and the others still count.
 */
export async function readServerNames(
  regions: readonly string[],
  { fetchPage, signal, retry, onProgress, now = Date.now }: ServerNamesOptions,
): Promise<ServerNames> {
  const names = new Map<string, string>();
  const missing: RegionFailure[] = [];
  let loaded = 0;
  await Promise.all(
    regions.map(async (region) => {
      try {
        for (let marker: string | undefined, seen = new Set<string>(); ;) {
          const request = { region, limit: MAX_LIMIT, ...(marker === undefined ? {} : { marker }) };
          const attempt = async () => {
            const body = await fetchPage(request, signal);
            try {
              return { raw: serverListResponseSchema.parse(body).servers, list: parseServerList(body) };
            } catch (error) {
              throw normaliseError(error);
            }
          };
          const page = await (retry ? withRetry(attempt, retry, signal) : attempt());
          signal?.throwIfAborted();
          for (const server of page.list.servers) if (server.name) names.set(server.id, server.name);
          loaded += page.raw.length;
          onProgress?.({ loaded, total: null });
          if (page.raw.length < MAX_LIMIT) return;
          marker = lastId(page.raw, seen);
        }
      } catch (error) {
        signal?.throwIfAborted();
        missing.push(regionFailure(region, normaliseError(error)));
      }
    }),
  );
  return { names, missing, readAt: now() };
}

function lastId(raw: unknown[], seen: Set<string>): string {
  const last = raw.at(-1);
  const id = typeof last === 'object' && last !== null && 'id' in last ? last.id : undefined;
  if (typeof id !== 'string' || id === '' || seen.has(id)) {
    throw new ApiError({
      kind: 'invalid-response',
      message: 'The server list did not advance: its last server has no id, or came twice.',
    });
  }
  seen.add(id);
  return id;
}
