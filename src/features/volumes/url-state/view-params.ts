import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { encodeSort } from './sort-codec.ts';
import type { VolumeView } from './volume-view.ts';

/**
 * The filters and sort of a view as API params, with no paging: what the export walks and
 * what the state counts narrow by. Keys appear only when set, so equal views give equal
 * query keys.
 */
export function filterParams(view: VolumeView): ListVolumesParams {
  const params: ListVolumesParams = {};
  if (view.name) params.name = view.name;
  if (view.state) params.state = view.state;
  if (view.bootable !== null) params.bootable = view.bootable;
  if (view.sort.length > 0) params.sort = encodeSort(view.sort);
  return params;
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

/** The cheapest request that answers "how many volumes in this state?" (count only). */
export function countParams(view: VolumeView, state: string): ListVolumesParams {
  const params: ListVolumesParams = { with_count: true, limit: 1, state };
  if (view.name) params.name = view.name;
  if (view.bootable !== null) params.bootable = view.bootable;
  return params;
}
