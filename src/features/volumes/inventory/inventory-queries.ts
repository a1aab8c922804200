import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { volumeQueries } from '../api/volume-queries.ts';
import {
  getInventoryStatus,
  inventoryTrends,
  searchInventory,
  summariseInventory,
  type SearchParams,
  type SummaryParams,
  type TrendsParams,
} from './inventory-endpoints.ts';

/** While a run is under way its progress is worth watching; otherwise the status changes slowly. */
export const RUN_POLL_MS = 2_000;
const STATUS_FRESH_MS = 30_000;

/**
 * The inventory's reads (src/scp/inventory-routes.ts). What the table and the Capacity panel
 * show sits under `volumes`, so the page's Refresh reads it again with everything else; the
 * status and the trends under `inventory`, which a finished run refreshes (use-inventory-run.ts).
 */
export const inventoryQueries = {
  all: () => ['inventory'] as const,
  /** On or off, its regions' latest observations, the collector's state, the last runs. */
  status: () =>
    queryOptions({
      queryKey: [...inventoryQueries.all(), 'status'] as const,
      queryFn: ({ signal }) => getInventoryStatus(signal),
      staleTime: STATUS_FRESH_MS,
    }),
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
};
