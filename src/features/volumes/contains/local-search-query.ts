import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { volumeQueries } from '../api/volume-queries.ts';
import { filterParams } from '../url-state/view-params.ts';
import type { VolumeView } from '../url-state/volume-view.ts';

/**
 * The visible page of a contains search (url-state isLocalSearch). Under the `volumes` key, so
 * Refresh and auto-refresh redo it; the walk inside keeps its own 30 s freshness. The search
 * code is its own chunk, loaded only when someone searches this way.
 */
export function localSearchQuery(view: VolumeView) {
  const input = {
    filters: filterParams(view),
    term: view.name ?? '',
    page: view.page,
    perPage: view.perPage,
  };
  return queryOptions({
    queryKey: [...volumeQueries.all(), 'local', input] as const,
    queryFn: async ({ client, signal }): Promise<VolumeList> => {
      const { searchLocally } = await import('./search-locally.ts');
      return searchLocally(client, input, signal);
    },
    placeholderData: keepPreviousData,
  });
}
