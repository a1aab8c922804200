import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { volumeQueries } from '../api/volume-queries.ts';
import {
  getInventoryStatus,
  inventoryTrends,
  listChanges,
  retryInventory,
  searchInventory,
  summariseInventory,
  volumeHistory,
  type ChangesFilters,
  type SearchParams,
  type SummaryParams,
  type TrendsParams,
} from './inventory-endpoints.ts';

/** While a run is under way its progress is worth watching; otherwise the status changes slowly. */
export const RUN_POLL_MS = 2_000;
const STATUS_FRESH_MS = 30_000;

const INVENTORY_KEY = ['inventory'] as const;

/** A read under `inventory`, never retried when the inventory is off or says why it cannot answer. */
function inventoryRead<T, K extends readonly unknown[]>(
  key: K,
  read: (signal: AbortSignal) => Promise<T>,
  staleTime = 0,
) {
  return queryOptions({
    queryKey: [...INVENTORY_KEY, ...key] as const,
    queryFn: ({ signal }) => read(signal),
    retry: retryInventory,
    staleTime,
  });
}

/**
 * The inventory's reads (src/scp/inventory-routes.ts), the one place their query keys are
 * written. What the table and the Capacity panel show sits under `volumes`, so the page's
 * Refresh reads it again with everything else; the status, trends, changes and histories under
 * `inventory`, which a finished run refreshes (use-inventory-run.ts). The status, changes and
 * histories are never retried when the inventory is off or says why it cannot answer.
 */
export const inventoryQueries = {
  all: () => INVENTORY_KEY,
  /** On or off, its regions' latest observations, the collector's state, the last runs. */
  status: () => inventoryRead(['status'], getInventoryStatus, STATUS_FRESH_MS),
  /** The facets' counts when the table itself reads from the API (then `limit` is 1). */
  search: (params: SearchParams) =>
    queryOptions({
      queryKey: [...volumeQueries.all(), 'inventory-search', params] as const,
      queryFn: ({ signal }) => searchInventory(params, signal),
      placeholderData: keepPreviousData,
    }),
  summary: (params: SummaryParams) =>
    queryOptions({
      queryKey: [...volumeQueries.all(), 'inventory-summary', params] as const,
      queryFn: ({ signal }) => summariseInventory(params, signal),
      placeholderData: keepPreviousData,
    }),
  trends: (params: TrendsParams) =>
    queryOptions({
      queryKey: [...inventoryQueries.all(), 'trends', params] as const,
      queryFn: ({ signal }) => inventoryTrends(params, signal),
      staleTime: 5 * 60_000,
      placeholderData: keepPreviousData,
    }),
  /**
   * One page of changes, keyset paged: each hands back the cursor of the next (older) one. Pages
   * are plain queries (not an infinite query, whose code would join the initial bundle with
   * TanStack's core).
   */
  changes: (filters: ChangesFilters, cursor: string | null) =>
    inventoryRead(['changes', filters, cursor], (signal) => listChanges(filters, cursor, signal)),
  /** A volume's versions and changes, as the drawer's History shows them. */
  history: (volumeId: string) =>
    inventoryRead(['history', volumeId], (signal) => volumeHistory(volumeId, signal)),
};
