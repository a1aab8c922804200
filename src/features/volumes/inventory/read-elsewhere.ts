import type { QueryClient } from '@tanstack/react-query';
import { normaliseError } from '../../../lib/api-error.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { statusQueries } from '../api/volume-queries.ts';
import { searchLocally } from '../contains/search-locally.ts';
import { filterParams, isLocalSearch } from '../url-state/view-params.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import { inventoryScope } from './inventory-facts.ts';
import { searchInventory } from './inventory-endpoints.ts';
import { inventoryPage } from './inventory-page.ts';
import { inventoryQueries } from './inventory-queries.ts';
import { inventoryPageParams } from './search-params.ts';
import { isInventoryDown, needsInventory, readAvailability, tableSource } from './source.ts';

/**
 * The table's page for a view the API cannot answer (url-state readsElsewhere): one inventory
 * search (filters, sort, page: nothing else per page), or, for a contains term while the
 * inventory is off or down, the browser's own search over every volume. A filter only the
 * inventory has, with the inventory off or down, is an error that says so.
 */
export async function readElsewhere(
  client: QueryClient,
  view: VolumeView,
  signal: AbortSignal,
): Promise<VolumeList> {
  const availability = await readAvailability(client);
  const source = tableSource(view, availability);
  if (source === 'inventory' && availability.state === 'on') {
    try {
      const { params, dropped } = inventoryPageParams(view);
      const [answer, proxy] = await Promise.all([
        searchInventory(params, signal),
        client.fetchQuery(statusQueries.current()),
      ]);
      const scope = inventoryScope(answer, availability.status, proxy.regions);
      return inventoryPage(answer, scope, {
        term: isLocalSearch(view) ? view.name : null,
        sortDropped: dropped,
      });
    } catch (error) {
      if (!isInventoryDown(error)) throw error;
      // Down since its status said otherwise: every inventory view learns it from the status.
      void client.invalidateQueries({ queryKey: inventoryQueries.status().queryKey });
      const down = { state: 'unavailable', error: normaliseError(error) } as const;
      if (tableSource(view, down) === 'needs-inventory') throw down.error;
    }
  }
  if (source === 'needs-inventory' && availability.state !== 'on') throw needsInventory(availability);
  const filters = filterParams(view);
  return searchLocally(
    client,
    { filters, term: view.name ?? '', page: view.page, perPage: view.perPage },
    signal,
  );
}
