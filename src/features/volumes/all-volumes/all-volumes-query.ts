import { hashKey, queryOptions, type Query } from '@tanstack/react-query';
import { readRetryPolicy } from '../../../lib/with-retry.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { statusQueries, volumeQueries } from '../api/volume-queries.ts';
import { fetchServerPage, fetchVolumePage } from './fetch-volume-page.ts';
import { readAccount, type AccountRead, type ReadPlan } from './read-account.ts';
import { readServerNames, type ServerNames } from './read-server-names.ts';
import { reportReadProgress } from './read-progress.ts';

/**
 * How long a full read is fresh. One costs about a request per 1,000 volumes per region, so it is repeated on demand (Refresh, Read again) and otherwise at most
 * this often, and never by a hidden tab (TanStack Query pauses intervals there).
 */
export const READ_STALE_MS = 10 * 60_000;
/** A partial read goes stale sooner: the region that failed may answer again. */
export const PARTIAL_STALE_MS = 60_000;

/** The read's params: filters only; sort and paging do not change which volumes match. */
export function readParams(filters: ListVolumesParams): ListVolumesParams {
  const params: ListVolumesParams = { ...filters };
  delete params.sort;
  delete params.limit;
  delete params.offset;
  delete params.marker;
  delete params.with_count;
  return params;
}

/** Which regions a read covers: the filter's one, else every region the proxy lists. */
export function readPlan(params: ListVolumesParams, configured: readonly string[]): ReadPlan {
  return {
    params,
    regions: params.region === undefined ? configured : [params.region],
    // As the proxy's all-regions list does, so rows and files name their region.
    tagRegions: configured.length > 1,
  };
}

const readStaleTime = (query: Query<AccountRead, Error, AccountRead, readonly unknown[]>) =>
  query.state.data?.missing.length ? PARTIAL_STALE_MS : READ_STALE_MS;

/**
 * Every volume matching some filters (readAccount), cached per filter. Under the `volumes`
 * key, so the table's Refresh (on demand) reads again; the Capacity panel, the contains search
 * and the chips share the entry. Cancel with `queryClient.cancelQueries({ queryKey })`: the read
 * stops at the requests in flight.
 */
export function allVolumesQuery(filters: ListVolumesParams) {
  const params = readParams(filters);
  return queryOptions({
    queryKey: [...volumeQueries.all(), 'every', params] as const,
    queryFn: async ({ client, signal, queryKey }) => {
      const hash = hashKey(queryKey);
      reportReadProgress(hash, { loaded: 0, total: null });
      try {
        const status = await client.fetchQuery(statusQueries.current());
        return await readAccount(readPlan(params, status.regions), {
          fetchPage: fetchVolumePage,
          signal,
          // Each page retried as the table's requests are: one flaky answer must not cost the read.
          retry: readRetryPolicy,
          onProgress: (progress) => reportReadProgress(hash, progress),
        });
      } finally {
        reportReadProgress(hash, null);
      }
    },
    staleTime: readStaleTime,
    // Pages are retried inside the read; a read that still failed is shown with a retry button.
    retry: false,
  });
}

/** The regions whose servers a read's attachments may name: those it read. */
export function namedRegions(read: AccountRead): string[] {
  const missing = new Set(read.missing.map((failure) => failure.region));
  return read.regions.filter((region) => !missing.has(region));
}

/** Every server's name in these regions (ListServers), for the contains search; cached alike. */
export function serverNamesQuery(regions: readonly string[]) {
  return queryOptions({
    queryKey: ['servers', 'names', regions] as const,
    queryFn: async ({ signal, queryKey }): Promise<ServerNames> => {
      const hash = hashKey(queryKey);
      reportReadProgress(hash, { loaded: 0, total: null });
      try {
        return await readServerNames(regions, {
          fetchPage: fetchServerPage,
          signal,
          retry: readRetryPolicy,
          onProgress: (progress) => reportReadProgress(hash, progress),
        });
      } finally {
        reportReadProgress(hash, null);
      }
    },
    staleTime: READ_STALE_MS,
    retry: false,
  });
}

export function readHash(filters: ListVolumesParams): string {
  return hashKey(allVolumesQuery(filters).queryKey);
}

export function namesHash(regions: readonly string[]): string {
  return hashKey(serverNamesQuery(regions).queryKey);
}
