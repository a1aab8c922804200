import type { ListQuery } from './list-params.ts';
import { serviceText, type Text } from './messages.ts';
import type { SimVolume } from './model.ts';
import type { VolumeStore } from './store.ts';
import { isUnfiltered } from './volume-filter.ts';

export type ListResult =
  { ok: true; count: number | null; volumes: SimVolume[] } | { ok: false; error: Text };

/**
 * One page of ListVolumes over cached orders. `marker` continues right after that volume's
 * place in the current sort (it need not match the filters, as in Cinder); `offset` then skips
 * matching volumes; `count` is every match, whatever the page.
 */
export function listVolumes(store: VolumeStore, query: ListQuery): ListResult {
  const sorted = store.sorted(query.sort);
  const rows = isUnfiltered(query) ? sorted.order : store.filtered(query.sort, query);
  let start = 0;
  if (query.marker !== null) {
    const markerIndex = store.indexOf(query.marker);
    if (markerIndex === undefined) return { ok: false, error: serviceText.markerNotFound(query.marker) };
    start = firstAfter(rows, sorted.position, sorted.position[markerIndex] ?? -1);
  }
  const page: SimVolume[] = [];
  const end = Math.min(rows.length, start + query.offset + query.limit);
  for (let i = start + query.offset; i < end; i++) page.push(store.volumes[rows[i] ?? 0] as SimVolume);
  return { ok: true, count: query.withCount ? rows.length : null, volumes: page };
}

/** Binary search: the first row placed after `markerPosition` in the full sorted order. */
function firstAfter(rows: Int32Array, position: Int32Array, markerPosition: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((position[rows[mid] ?? 0] ?? 0) <= markerPosition) low = mid + 1;
    else high = mid;
  }
  return low;
}
