import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { ParamRole } from './param-spec.ts';
import { VIEW_ENTRIES, type VolumeView } from './volume-view.ts';

/** The list request's parameters of every set view parameter with one of these roles. */
export function apiParams(view: VolumeView, roles: readonly ParamRole[]): ListVolumesParams {
  const params: ListVolumesParams = {};
  for (const [key, spec] of VIEW_ENTRIES) {
    const value = view[key];
    if (!spec.toApi || !roles.includes(spec.role) || value === null || spec.serialise(value) === null)
      continue;
    Object.assign(params, spec.toApi(value, view));
  }
  return params;
}

/**
 * The filters and sort of a view as API params, with no paging: what the export walks.
 * Keys appear only when set, so equal views give equal query keys.
 */
export function filterParams(view: VolumeView): ListVolumesParams {
  return apiParams(view, ['filter', 'sort']);
}

/**
 * A name in `contains` mode is matched here, over every volume of the other filters: no page
 * request goes to the API (the early list script, which runs this, sends none either).
 */
export function isLocalSearch(view: VolumeView): boolean {
  return view.match === 'contains' && view.name !== null;
}

/** Whether the view sets a filter only the inventory applies (param-spec.ts `inventory`). */
export function hasInventoryFilters(view: VolumeView): boolean {
  return VIEW_ENTRIES.some(([key, spec]) => spec.inventory && spec.serialise(view[key]) !== null);
}

/**
 * The API cannot give this view's page (a contains search, or a filter only the inventory
 * has): it is read elsewhere (inventory/read-elsewhere.ts decides where), and the early list
 * script sends no page request.
 */
export function readsElsewhere(view: VolumeView): boolean {
  return isLocalSearch(view) || hasInventoryFilters(view);
}

/** The request for the visible page; also its query key. */
export function pageParams(view: VolumeView, page = view.page): ListVolumesParams {
  return {
    ...filterParams(view),
    with_count: true,
    limit: view.perPage,
    offset: (page - 1) * view.perPage,
  };
}
