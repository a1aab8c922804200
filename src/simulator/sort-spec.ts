import { formatSortTerms, parseSortTerms, SORT_KEYS, type SortTerm } from '../scp/sort-terms.ts';
import { serviceText, type Text } from './messages.ts';

export { DEFAULT_SORT, type SortDirection, type SortTerm } from '../scp/sort-terms.ts';

/**
 * `created_at:desc,name:asc` → terms over a list's sort keys (the volumes' unless given); an
 * unknown key or direction is the caller's error, worded as SCP words it.
 */
export function parseSort(raw: string): { ok: true; terms: SortTerm[] } | { ok: false; error: Text };
export function parseSort<K extends string>(
  raw: string,
  keys: readonly K[],
): { ok: true; terms: SortTerm<K>[] } | { ok: false; error: Text };
export function parseSort(
  raw: string,
  keys: readonly string[] = SORT_KEYS,
): { ok: true; terms: SortTerm<string>[] } | { ok: false; error: Text } {
  const parsed = parseSortTerms(raw, keys);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    error:
      parsed.problem === 'key'
        ? serviceText.badSortKey(parsed.key, keys)
        : serviceText.badSortDirection(parsed.direction),
  };
}

/** One string per distinct order, so equal specs share a cached sort. */
export const sortCacheKey = formatSortTerms;
