import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { STATE_GROUP_NAMES, STATE_GROUPS, type StateGroup } from '../../../scp/volume-states.ts';
import { readsElsewhere } from '../url-state/view-params.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import { elsewhereKey } from './elsewhere-key.ts';
import { isInventoryList } from './inventory-page.ts';
import { inventoryQueries } from './inventory-queries.ts';
import { availabilityOf, tableSource, type TableSource } from './source.ts';

const GROUP_OF = new Map<string, StateGroup>(
  STATE_GROUP_NAMES.flatMap((group) => STATE_GROUPS[group].map((state) => [state, group] as const)),
);

/**
 * Where the state chips count from, for a page the API cannot give: the inventory's search
 * (its state facet counts every other filter but the state, as a chip does: no request of its
 * own, it comes with the table's page), the browser's walk (a contains term with the inventory
 * off), or nothing (an inventory-only filter with the inventory off). `pending` while the
 * inventory's status is not known yet, so no walk starts that the inventory would make needless.
 */
export function useInventoryChipCounts(view: VolumeView): {
  source: TableSource | 'pending';
  counts: Record<StateGroup, number> | null;
} {
  const elsewhere = readsElsewhere(view);
  const status = useQuery({ ...inventoryQueries.status(), enabled: elsewhere });
  const availability = availabilityOf(status.data, status.error);
  const source = !elsewhere ? 'api' : availability === null ? 'pending' : tableSource(view, availability);
  const page = useQuery(queryOptions<VolumeList>({ queryKey: elsewhereKey(view), queryFn: skipToken }));
  const facet =
    source === 'inventory' && isInventoryList(page.data) ? page.data.inventory.facets.state : null;
  const counts = useMemo(() => {
    if (!facet) return null;
    const tally = Object.fromEntries(STATE_GROUP_NAMES.map((group) => [group, 0])) as Record<
      StateGroup,
      number
    >;
    for (const { value, count } of facet) {
      const group = value === null ? undefined : GROUP_OF.get(value);
      if (group) tally[group] += count;
    }
    return tally;
  }, [facet]);
  return { source, counts };
}
