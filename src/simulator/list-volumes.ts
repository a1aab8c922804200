import type { ListQuery } from './list-params.ts';
import { serviceText, type Text } from './messages.ts';
import type { SimVolume } from './model.ts';
import type { VolumeStore } from './store.ts';

export type ListResult =
  { ok: true; count: number | null; volumes: SimVolume[] } | { ok: false; error: Text };

/**
 * One page of ListVolumes over a cached sorted order. `marker` continues right after that
 * volume's place in the current sort (it need not match the filters, as in Cinder); `offset`
 * then skips matching volumes; `count` is every match, whatever the page.
 */
export function listVolumes(store: VolumeStore, query: ListQuery): ListResult {
  const { order, position } = store.sorted(query.sort);
  let start = 0;
  if (query.marker !== null) {
    const markerIndex = store.indexOf(query.marker);
    if (markerIndex === undefined) return { ok: false, error: serviceText.markerNotFound(query.marker) };
    start = (position[markerIndex] ?? -1) + 1;
  }

  const volumes = store.volumes;
  const matches = matcher(query);
  const page: SimVolume[] = [];
  if (matches === null) {
    const end = Math.min(order.length, start + query.offset + query.limit);
    for (let i = start + query.offset; i < end; i++) page.push(volumes[order[i] ?? 0] as SimVolume);
  } else {
    let skipped = 0;
    for (let i = start; i < order.length && page.length < query.limit; i++) {
      const volume = volumes[order[i] ?? 0] as SimVolume;
      if (!matches(volume)) continue;
      if (skipped < query.offset) skipped++;
      else page.push(volume);
    }
  }

  let count: number | null = null;
  if (query.withCount) {
    count = matches === null ? volumes.length : 0;
    if (matches !== null) for (const volume of volumes) if (matches(volume)) count++;
  }
  return { ok: true, count, volumes: page };
}

/** Filters combine with AND; `name` is an exact match, as in Cinder. Null when none is set. */
function matcher({ name, state, bootable }: ListQuery): ((volume: SimVolume) => boolean) | null {
  if (name === null && state === null && bootable === null) return null;
  return (volume) =>
    (name === null || volume.name === name) &&
    (state === null || volume.state === state) &&
    (bootable === null || volume.bootable === bootable);
}
