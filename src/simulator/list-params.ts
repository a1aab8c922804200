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

  const rawLimit = params.get('limit');
  const limit = rawLimit === null ? DEFAULT_LIMIT : wholeNumber(rawLimit);
  if (limit === null || limit > MAX_LIMIT) return { ok: false, error: serviceText.badLimit(rawLimit ?? '') };

  const rawOffset = params.get('offset');
  const offset = rawOffset === null ? 0 : wholeNumber(rawOffset);
  if (offset === null) return { ok: false, error: serviceText.badOffset(rawOffset ?? '') };

  const rawSort = params.get('sort');
  const sort = rawSort ? parseSort(rawSort) : { ok: true as const, terms: DEFAULT_SORT };
  if (!sort.ok) return { ok: false, error: sort.error };

  return {
    ok: true,
    query: {
      withCount: withCount.value ?? true,
      limit,
      offset,
      marker: params.get('marker') || null,
      sort: sort.terms,
      name: params.get('name') || null,
      state: params.get('state') || null,
      bootable: bootable.value,
    },
  };
}

export function wholeNumber(raw: string): number | null {
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
