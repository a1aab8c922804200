import { queryOptions } from '@tanstack/react-query';
import { inventoryPath, type EventKind } from '../../../scp/inventory-routes.ts';
import { getInventory, retryInventory } from './inventory-get.ts';

/** What the Changes page asks `/api/inventory/changes` for (see CHANGES_PARAMS). */
export interface ChangesFilters {
  kind: EventKind | null;
  region: string | null;
  since: string | null;
  until: string | null;
  volumeId?: string | null;
}

/** One page of changes: enough for a screen, small enough to answer at once. */
export const CHANGES_PAGE_SIZE = 50;

function changesPath(filters: ChangesFilters, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(CHANGES_PAGE_SIZE) });
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.region) params.set('region', filters.region);
  if (filters.since) params.set('since', filters.since);
  if (filters.until) params.set('until', filters.until);
  if (filters.volumeId) params.set('volume_id', filters.volumeId);
  if (cursor) params.set('cursor', cursor);
  return `${inventoryPath('changes')}?${params.toString()}`;
}

/**
 * The inventory's reads for the Changes page and the drawer's History section: the one place
 * their query keys are written. All under `inventory`, none ever retried when it is off.
 */
export const changesQueries = {
  all: () => ['inventory'] as const,
  status: () =>
    queryOptions({
      queryKey: [...changesQueries.all(), 'status'] as const,
      queryFn: ({ signal }) =>
        getInventory(inventoryPath('status'), signal, (module, body) =>
          module.inventoryStatusSchema.parse(body),
        ),
      staleTime: 30_000,
      retry: retryInventory,
    }),
  /**
   * One page, keyset paged: each hands back the cursor of the next (older) one. Pages are plain
   * queries (not an infinite query, whose code would join the initial bundle with TanStack's core).
   */
  page: (filters: ChangesFilters, cursor: string | null) =>
    queryOptions({
      queryKey: [...changesQueries.all(), 'changes', filters, cursor] as const,
      queryFn: ({ signal }) =>
        getInventory(changesPath(filters, cursor), signal, (module, body) =>
          module.changesPageSchema.parse(body),
        ),
      retry: retryInventory,
    }),
  history: (volumeId: string) =>
    queryOptions({
      queryKey: [...changesQueries.all(), 'history', volumeId] as const,
      queryFn: ({ signal }) =>
        getInventory(inventoryPath('volumeHistory', { id: volumeId }), signal, (module, body) =>
          module.volumeHistorySchema.parse(body),
        ),
      retry: retryInventory,
    }),
};
