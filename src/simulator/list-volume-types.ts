import { MAX_LIMIT } from '../scp/list-query.ts';
import { VOLUME_TYPES, type VolumeTypeSpec } from './catalog.ts';
import { afterMarker, readLimit, readOffset } from './list-params.ts';
import type { Text } from './messages.ts';
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
  const limit = readLimit(params, MAX_LIMIT);
  if (!limit.ok) return limit;
  const offset = readOffset(params);
  if (!offset.ok) return offset;
  const sort = parseSort(params.get('sort') || 'name:asc', TYPE_SORT_KEYS);
  if (!sort.ok) return sort;
  const sorted = [...TYPES].sort((a, b) => {
    for (const { key, direction } of sort.terms) {
      if (a[key] !== b[key]) return (a[key] < b[key] ? -1 : 1) * (direction === 'asc' ? 1 : -1);
    }
    return a.id < b.id ? -1 : 1;
  });
  const start = afterMarker(sorted, params.get('marker'));
  if (!start.ok) return start;
  const from = start.value + offset.value;
  return { ok: true, types: sorted.slice(from, from + limit.value) };
}

export function volumeTypeById(id: string): VolumeTypeSpec | undefined {
  return TYPES.find((type) => type.id === id);
}
