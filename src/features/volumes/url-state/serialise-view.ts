import { VIEW_ENTRIES, type VolumeView } from './volume-view.ts';

/**
 * View → `?query` (no leading '?'), defaults left out so links stay short and one view has
 * exactly one URL. The inverse of parseView for every valid view.
 */
export function serialiseView(view: VolumeView): string {
  const params = new URLSearchParams();
  for (const [key, spec] of VIEW_ENTRIES) {
    const text = spec.serialise(view[key]);
    if (text !== null) params.set(spec.url, text);
  }
  // Commas and colons are legal in a query: keep `sort=size:desc,name:asc` readable.
  return params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}
