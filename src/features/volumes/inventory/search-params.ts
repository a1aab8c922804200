import type { SearchSortKey } from '../../../scp/inventory-routes.ts';
import { DEFAULT_SORT, type SortKey } from '../../../scp/sort-terms.ts';
import { isStateGroup, STATE_GROUPS } from '../../../scp/volume-states.ts';
import type { FilterKey, VolumeView } from '../url-state/volume-view.ts';
import type { SearchParams, SummaryParams } from './inventory-endpoints.ts';

type Filters = Omit<SummaryParams, 'q'> & { q?: string };

/** The view's volume types (the URL keeps them as written: `SSD,HDD_KMS`), each once. */
export function volumeTypes(view: VolumeView): string[] {
  return view.volumeType === null ? [] : [...new Set(view.volumeType.split(','))];
}

/**
 * What each filter of the view asks the inventory's search: required for every filter key, so a
 * new filter (view-param-map.ts) does not type-check until it says how the inventory reads it.
 * A name in contains mode is `q` (a part of a name, an id, a server's name or id); an exact
 * name is `name`, as SCP compares it.
 */
const FILTERS: { readonly [K in FilterKey]: (view: VolumeView) => Filters } = {
  name: (view) =>
    view.name === null ? {} : view.match === 'contains' ? { q: view.name } : { name: view.name },
  match: () => ({}),
  state: (view) => (view.state === null ? {} : { state: [view.state] }),
  stateGroup: (view) =>
    view.stateGroup !== null && isStateGroup(view.stateGroup)
      ? { state: [...STATE_GROUPS[view.stateGroup]] }
      : {},
  region: (view) => (view.region === null ? {} : { region: [view.region] }),
  bootable: (view) => (view.bootable === null ? {} : { bootable: view.bootable }),
  volumeType: (view) => (view.volumeType === null ? {} : { volume_type: volumeTypes(view) }),
  encrypted: (view) => (view.encrypted === null ? {} : { encrypted: view.encrypted }),
  multiattach: (view) => (view.multiattach === null ? {} : { multiattach: view.multiattach }),
  attached: (view) => (view.attached === null ? {} : { attached: view.attached }),
  // The search reads up to 100 years (36,500 days): a longer idle time finds what that finds.
  idleDays: (view) => (view.idleDays === null ? {} : { idle_days_gte: Math.min(view.idleDays, 36_500) }),
  // A range given the wrong way round (size_min above size_max) is read the right way round.
  sizeMin: (view) => {
    const min =
      view.sizeMax === null || view.sizeMin === null ? view.sizeMin : Math.min(view.sizeMin, view.sizeMax);
    return min === null ? {} : { size_gb_gte: min };
  },
  sizeMax: (view) => {
    const max =
      view.sizeMin === null || view.sizeMax === null ? view.sizeMax : Math.max(view.sizeMin, view.sizeMax);
    return max === null ? {} : { size_gb_lte: max };
  },
};

const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** The view's filters as the inventory's search and summary take them. */
export function inventoryFilters(view: VolumeView): SummaryParams {
  return Object.assign({}, ...FILTER_KEYS.map((key) => FILTERS[key](view))) as SummaryParams;
}

/**
 * The table's sort keys (SCP's) as the inventory's. It keeps no modified time, so that key has
 * no counterpart: dropped, and the page says so (sortDropped).
 */
const SORT_KEYS: { readonly [K in SortKey]: SearchSortKey | null } = {
  name: 'name',
  size: 'size_gb',
  state: 'state',
  created_at: 'created_at',
  modified_at: null,
  volume_type: 'volume_type',
  bootable: 'bootable',
};

export function inventorySort(view: VolumeView): { sort: SearchParams['sort']; dropped: SortKey[] } {
  // No sort in the view: the API's own order (newest first), so switching source keeps the order.
  const terms = view.sort.length > 0 ? view.sort : DEFAULT_SORT;
  const dropped = terms.filter((term) => SORT_KEYS[term.key] === null).map((term) => term.key);
  const sort = terms.flatMap((term) => {
    const key = SORT_KEYS[term.key];
    return key === null ? [] : [{ key, direction: term.direction }];
  });
  return { sort: sort.length > 0 ? sort : [{ key: 'created_at', direction: 'desc' }], dropped };
}

/** The table's page as one inventory search: its filters, its sort, its page. */
export function inventoryPageParams(view: VolumeView): { params: SearchParams; dropped: SortKey[] } {
  const { sort, dropped } = inventorySort(view);
  return {
    params: {
      ...inventoryFilters(view),
      sort,
      limit: view.perPage,
      offset: (view.page - 1) * view.perPage,
    },
    dropped,
  };
}
