import type { QueryClient } from '@tanstack/react-query';
import { ApiError, normaliseError } from '../../../lib/api-error.ts';
import type { InventoryStatus } from '../../../scp/inventory-schema.ts';
import { hasInventoryFilters, isLocalSearch } from '../url-state/view-params.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import { inventoryQueries } from './inventory-queries.ts';

/**
 * Where each part of the page reads from: the one place that decides (issue #26). The inventory
 * when the server has one and it answers; otherwise the browser's own reads (the live API's
 * pages, the full read of all-volumes/), which the inventory never stands in the way of.
 */
export type InventoryAvailability =
  | { state: 'on'; status: InventoryStatus }
  /** SCP_INVENTORY=off on this server. */
  | { state: 'off' }
  /** On, but its status did not answer (its database is down, or the request failed). */
  | { state: 'unavailable'; error: ApiError };

export function availabilityOf(
  status: InventoryStatus | undefined,
  error: unknown,
): InventoryAvailability | null {
  if (status) return status.enabled ? { state: 'on', status } : { state: 'off' };
  return error ? { state: 'unavailable', error: normaliseError(error) } : null;
}

/** The inventory's availability, from its status (cached: inventory-queries.ts). */
export async function readAvailability(client: QueryClient): Promise<InventoryAvailability> {
  try {
    return availabilityOf(await client.fetchQuery(inventoryQueries.status()), null) as InventoryAvailability;
  } catch (error) {
    return { state: 'unavailable', error: normaliseError(error) };
  }
}

/**
 * The table's page: the API's, unless the view has a filter only the inventory applies (then
 * the inventory, or nothing while it is off), or a contains term (the inventory's search, else
 * the browser's walk of every volume).
 */
export type TableSource = 'api' | 'inventory' | 'walk' | 'needs-inventory';

export function tableSource(view: VolumeView, availability: InventoryAvailability): TableSource {
  const on = availability.state === 'on';
  if (hasInventoryFilters(view)) return on ? 'inventory' : 'needs-inventory';
  if (isLocalSearch(view)) return on ? 'inventory' : 'walk';
  return 'api';
}

/** The Capacity panel: the inventory whenever it is on; the walk otherwise (never for its filters). */
export function capacitySource(
  view: VolumeView,
  availability: InventoryAvailability,
): 'inventory' | 'walk' | 'needs-inventory' {
  if (availability.state === 'on') return 'inventory';
  return hasInventoryFilters(view) ? 'needs-inventory' : 'walk';
}

/** Export: the table's own source, so the file holds what the table shows; live otherwise. */
export function exportSource(
  view: VolumeView,
  availability: InventoryAvailability,
): 'inventory' | 'live' | 'needs-inventory' {
  const table = tableSource(view, availability);
  return table === 'inventory' || table === 'needs-inventory' ? table : 'live';
}

/** Why a view that needs the inventory has no rows: as an error the page's error panel shows. */
export function needsInventory(availability: Exclude<InventoryAvailability, { state: 'on' }>): ApiError {
  return availability.state === 'unavailable'
    ? availability.error
    : new ApiError({
        kind: 'http',
        status: 503,
        code: 'InventoryDisabled',
        message: 'The inventory is off on this server (SCP_INVENTORY=off).',
        fromProxy: true,
      });
}

/** An answer that says the inventory cannot serve: off, or its database not available. */
export function isInventoryDown(error: unknown): boolean {
  const { code } = normaliseError(error);
  return code === 'InventoryDisabled' || code === 'InventoryUnavailable';
}
