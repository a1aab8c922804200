import { hashKey, queryOptions } from '@tanstack/react-query';
import { readRetryPolicy } from '../../../lib/with-retry.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { volumeQueries } from '../api/volume-queries.ts';
import { fetchVolumePage } from './fetch-volume-page.ts';
import { walkVolumes } from './walk-volumes.ts';
import { reportWalkProgress } from './walk-progress.ts';

/** A walk costs one request per 1,000 volumes: refresh it at most this often on its own. */
export const WALK_STALE_MS = 30_000;

/** The walk's params: filters only; sort and paging do not change which volumes match. */
export function walkParams(filters: ListVolumesParams): ListVolumesParams {
  const params: ListVolumesParams = { ...filters };
  delete params.sort;
  delete params.limit;
  delete params.offset;
  delete params.marker;
  delete params.with_count;
  return params;
}

/**
 * Every volume matching some filters, read page by page as export does (limit=1000 and the
 * marker), cached per filter. Under the `volumes` key, so the table's refresh refreshes it;
 * the capacity panel and the contains search share the entry. Cancel with
 * `queryClient.cancelQueries({ queryKey })`: the walk stops at the request in flight.
 */
export function allVolumesQuery(filters: ListVolumesParams) {
  const params = walkParams(filters);
  const queryKey = [...volumeQueries.all(), 'every', params] as const;
  return queryOptions({
    queryKey,
    queryFn: async ({ signal, queryKey: key }) => {
      const hash = hashKey(key);
      reportWalkProgress(hash, { loaded: 0, total: null });
      try {
        return await walkVolumes(params, {
          fetchPage: fetchVolumePage,
          signal,
          // Each page retried as the export's are: one flaky answer must not cost the whole walk.
          retry: readRetryPolicy,
          onProgress: (progress) => reportWalkProgress(hash, progress),
        });
      } finally {
        reportWalkProgress(hash, null);
      }
    },
    staleTime: WALK_STALE_MS,
    // Pages are retried inside the walk; a walk that still failed is shown with a retry button.
    retry: false,
  });
}

export function walkHash(filters: ListVolumesParams): string {
  return hashKey(allVolumesQuery(filters).queryKey);
}
