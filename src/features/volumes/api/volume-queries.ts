import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { getServer, getStatus, getVolume, listVolumes } from './volume-endpoints.ts';

/**
 * queryOptions factories: the one place query keys are written. A key holds every input of
 * its request, so the URL-derived params, the request and the cache entry cannot drift.
 * The exception is a detail's `region`: it only routes the request (ids are unique across
 * regions, so the answer is the same), and leaving it out of the key lets the table, the
 * drawer and the export share one entry per id.
 */
export const volumeQueries = {
  all: () => ['volumes'] as const,
  list: (params: ListVolumesParams) =>
    queryOptions({
      queryKey: [...volumeQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) => listVolumes(params, signal),
      // Keep the previous page on screen (dimmed) while the next one loads.
      placeholderData: keepPreviousData,
    }),
  detail: (id: string, region?: string) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- region only routes (see above)
    queryOptions({
      queryKey: [...volumeQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => getVolume(id, region, signal),
    }),
};

export const serverQueries = {
  detail: (id: string, region?: string) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- region only routes (see above)
    queryOptions({
      queryKey: ['servers', 'detail', id] as const,
      queryFn: ({ signal }) => getServer(id, region, signal),
      // Server names rarely change; resolve each once per session-ish.
      staleTime: 5 * 60_000,
    }),
};

export const statusQueries = {
  current: () =>
    queryOptions({
      queryKey: ['status'] as const,
      queryFn: ({ signal }) => getStatus(signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
