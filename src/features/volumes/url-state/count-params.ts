import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { apiParams } from './view-params.ts';
import { withFilters, type FilterPatch } from './view-updates.ts';
import type { VolumeView } from './volume-view.ts';

/**
 * The cheapest request that answers "how many volumes would this filter change show?" (a
 * state or a state group, within the other filters). Only the state chips ask it: apart from
 * view-params.ts, so it stays in their lazily loaded chunk.
 */
export function countParams(view: VolumeView, patch: FilterPatch): ListVolumesParams {
  return { with_count: true, limit: 1, ...apiParams(withFilters(view, patch), ['filter']) };
}
