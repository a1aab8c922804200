import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { isStateGroup, STATE_GROUPS } from '../../../scp/volume-states.ts';
import { filterParams, isLocalSearch } from '../url-state/view-params.ts';
import type { VolumeView } from '../url-state/volume-view.ts';

/**
 * What a full read covers, from the view: exactly the table's volumes. Export, the Capacity
 * panel, the contains search and (in contains mode) the state chips all read through it.
 */
export interface ReadScope {
  /** What the API is asked for: the view's filters, never its sort or paging. */
  filters: ListVolumesParams;
  /** The view's sort (the API's `sort`), for whoever needs the table's order. */
  sort: string | undefined;
  /** Match: Contains — the part of a name, id or server looked for here. */
  term: string | null;
  /**
   * A contains search's state filter (`state` or `state_group`, as the view has it), applied
   * here rather than by the API: one read then serves the table, the chips (which count every
   * state) and any change of state.
   */
  stateFilter: Pick<ListVolumesParams, 'state' | 'state_group'> | null;
}

export function readScope(view: VolumeView): ReadScope {
  return scopeOf(filterParams(view), isLocalSearch(view) ? view.name : null);
}

/** The scope of a view's filters and sort (filterParams) and its contains term, if any. */
export function scopeOf(viewFilters: ListVolumesParams, term: string | null): ReadScope {
  const { sort, ...filters } = viewFilters;
  if (term === null) return { filters, sort, term, stateFilter: null };
  const { state, state_group, ...rest } = filters;
  const stateFilter = state ? { state } : state_group ? { state_group } : null;
  return { filters: rest, sort, term, stateFilter };
}

/** The states a contains search keeps, or null for all of them. */
export function localStates(scope: ReadScope): readonly string[] | null {
  const { state, state_group: group } = scope.stateFilter ?? {};
  if (state) return [state];
  return group && isStateGroup(group) ? STATE_GROUPS[group] : null;
}

/** The filters as a file or a caption states them: what the table is showing, term included. */
export function describedFilters(scope: ReadScope): Record<string, string | boolean> {
  return {
    ...scope.filters,
    ...scope.stateFilter,
    ...(scope.term === null ? {} : { name: scope.term, match: 'contains' }),
    ...(scope.sort ? { sort: scope.sort } : {}),
  } as Record<string, string | boolean>;
}
