import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { getServer, getStatus, getVolume, listVolumes } from './volume-endpoints.ts';

/**
 * queryOptions factories: the one place query keys are written. A key holds every input of
 * its request, so the URL-derived params, the request and the cache entry cannot drift.
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
  detail: (id: string) =>
    queryOptions({
      queryKey: [...volumeQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => getVolume(id, signal),
    }),
};

export const serverQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['servers', 'detail', id] as const,
      queryFn: ({ signal }) => getServer(id, signal),
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
