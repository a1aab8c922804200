import { formatSortTerms, parseSortTerms, type SortTerm } from '../scp/sort-terms.ts';
import { serviceText, type Text } from './messages.ts';

export { DEFAULT_SORT, type SortDirection, type SortTerm } from '../scp/sort-terms.ts';

/** `created_at:desc,name:asc` → terms; an unknown key or direction is the caller's error. */
export function parseSort(raw: string): { ok: true; terms: SortTerm[] } | { ok: false; error: Text } {
  const parsed = parseSortTerms(raw);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    error:
      parsed.problem === 'key'
        ? serviceText.badSortKey(parsed.key)
        : serviceText.badSortDirection(parsed.direction),
  };
}

/** One string per distinct order, so equal specs share a cached sort. */
export const sortCacheKey = formatSortTerms;
