import { MAX_LIMIT } from '../scp/list-query.ts';
import { VOLUME_TYPES, type VolumeTypeSpec } from './catalog.ts';
import { wholeNumber } from './list-params.ts';
import { serviceText, type Text } from './messages.ts';
import { parseSort } from './sort-spec.ts';

/** The keys sorted by here; the live API publishes none (its example is `name:asc`). */
const TYPE_SORT_KEYS = ['name', 'id', 'description'] as const;

export type VolumeTypeListResult = { ok: true; types: VolumeTypeSpec[] } | { ok: false; error: Text };

const TYPES: readonly VolumeTypeSpec[] = Object.values(VOLUME_TYPES);

/**
 * ListVolumeTypes over the region's types (every region offers the same catalogue here).
 * `limit` at most 1,000 (the documented maximum; a larger one is a 400), none = all; `offset`;
 * `marker` continues after that type in the current sort (unknown: 400); `sort` read by the
 * one parser (scp/sort-terms.ts: a key alone sorts descending), `name:asc` when absent.
 */
export function listVolumeTypes(params: URLSearchParams): VolumeTypeListResult {
  const rawLimit = params.get('limit');
  const limit = rawLimit === null ? MAX_LIMIT : wholeNumber(rawLimit);
  if (limit === null || limit > MAX_LIMIT) return { ok: false, error: serviceText.badLimit(rawLimit ?? '') };
  const rawOffset = params.get('offset');
  const offset = rawOffset === null ? 0 : wholeNumber(rawOffset);
  if (offset === null) return { ok: false, error: serviceText.badOffset(rawOffset ?? '') };
  const sort = parseSort(params.get('sort') || 'name:asc', TYPE_SORT_KEYS);
  if (!sort.ok) return sort;
  const sorted = [...TYPES].sort((a, b) => {
    for (const { key, direction } of sort.terms) {
      if (a[key] !== b[key]) return (a[key] < b[key] ? -1 : 1) * (direction === 'asc' ? 1 : -1);
    }
    return a.id < b.id ? -1 : 1;
  });
  let start = 0;
  const marker = params.get('marker');
  if (marker) {
    const at = sorted.findIndex((type) => type.id === marker);
    if (at === -1) return { ok: false, error: serviceText.markerNotFound(marker) };
    start = at + 1;
  }
  return { ok: true, types: sorted.slice(start + offset, start + offset + limit) };
}

export function volumeTypeById(id: string): VolumeTypeSpec | undefined {
  return TYPES.find((type) => type.id === id);
}
