import { DEFAULT_LIMIT, MAX_LIMIT } from '../scp/list-query.ts';
import { serviceText, type Text } from './messages.ts';
import { DEFAULT_SORT, parseSort, type SortTerm } from './sort-spec.ts';

/** ListVolumes parameters after validation, defaults applied. */
export interface ListQuery {
  withCount: boolean;
  limit: number;
  offset: number;
  marker: string | null;
  sort: readonly SortTerm[];
  name: string | null;
  state: string | null;
  bootable: boolean | null;
}

export type ParseResult = { ok: true; query: ListQuery } | { ok: false; error: Text };

const WHOLE_NUMBER = /^\d+$/;

/**
 * Reads the query the way the live API does: unknown parameters are ignored, known ones are
 * validated (400 on a malformed value). An empty filter or marker counts as absent.
 */
export function parseListQuery(params: URLSearchParams): ParseResult {
  const withCount = parseBoolean(params, 'with_count');
  if (withCount.error) return { ok: false, error: withCount.error };
  const bootable = parseBoolean(params, 'bootable');
  if (bootable.error) return { ok: false, error: bootable.error };

  const limit = readLimit(params, DEFAULT_LIMIT);
  if (!limit.ok) return limit;
  const offset = readOffset(params);
  if (!offset.ok) return offset;

  const rawSort = params.get('sort');
  const sort = rawSort ? parseSort(rawSort) : { ok: true as const, terms: DEFAULT_SORT };
  if (!sort.ok) return { ok: false, error: sort.error };

  return {
    ok: true,
    query: {
      withCount: withCount.value ?? true,
      limit: limit.value,
      offset: offset.value,
      marker: params.get('marker') || null,
      sort: sort.terms,
      name: params.get('name') || null,
      state: params.get('state') || null,
      bootable: bootable.value,
    },
  };
}

/** A parameter read, or the 400 that answers it. */
export type Read<T> = { ok: true; value: T } | { ok: false; error: Text };

/** `limit`: a whole number up to `max` (the documented 1,000), `absent` when not given. */
export function readLimit(params: URLSearchParams, absent: number, max = MAX_LIMIT): Read<number> {
  const raw = params.get('limit');
  const value = raw === null ? absent : wholeNumber(raw);
  if (value === null || value > max) return { ok: false, error: serviceText.badLimit(raw ?? '') };
  return { ok: true, value };
}

/** `offset`: a whole number, 0 when not given. */
export function readOffset(params: URLSearchParams): Read<number> {
  const raw = params.get('offset');
  const value = raw === null ? 0 : wholeNumber(raw);
  if (value === null) return { ok: false, error: serviceText.badOffset(raw ?? '') };
  return { ok: true, value };
}

/** Where a page starts in `order`: right after the item whose id is `marker`; unknown, a 400. */
export function afterMarker(order: readonly { id: string }[], marker: string | null): Read<number> {
  if (!marker) return { ok: true, value: 0 };
  const at = order.findIndex((item) => item.id === marker);
  if (at === -1) return { ok: false, error: serviceText.markerNotFound(marker) };
  return { ok: true, value: at + 1 };
}

function wholeNumber(raw: string): number | null {
  if (!WHOLE_NUMBER.test(raw)) return null;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : null;
}

/** SCP's reference writes True/False, its SDKs true/false: both are accepted, nothing else. */
export function parseBoolean(params: URLSearchParams, name: string): { value: boolean | null; error?: Text } {
  const raw = params.get(name);
  if (raw === null) return { value: null };
  if (raw === 'true' || raw === 'True') return { value: true };
  if (raw === 'false' || raw === 'False') return { value: false };
  return { value: null, error: serviceText.badBoolean(name, raw) };
}
