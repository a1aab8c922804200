import { DEFAULT_VIEW, type VolumeView } from './volume-view.ts';
import { encodeSort } from './sort-codec.ts';

/**
 * View → `?query` (no leading '?'), defaults left out so links stay short and one view has
 * exactly one URL. The inverse of parseView for every valid view.
 */
export function serialiseView(view: VolumeView): string {
  const params = new URLSearchParams();
  if (view.name) params.set('name', view.name);
  if (view.state) params.set('state', view.state);
  if (view.bootable !== null) params.set('bootable', String(view.bootable));
  if (view.sort.length > 0) params.set('sort', encodeSort(view.sort));
  if (view.page !== DEFAULT_VIEW.page) params.set('page', String(view.page));
  if (view.perPage !== DEFAULT_VIEW.perPage) params.set('per_page', String(view.perPage));
  if (view.volume) params.set('volume', view.volume);
  // Commas and colons are legal in a query: keep `sort=size:desc,name:asc` readable.
  return params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}
