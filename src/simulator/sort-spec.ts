import { SORT_KEYS, type SortKey } from '../scp/list-query.ts';
import { serviceText, type Text } from './messages.ts';

export type SortDirection = 'asc' | 'desc';

export interface SortTerm {
  key: SortKey;
  direction: SortDirection;
}

/** Cinder's default, which SCP mirrors: newest first. */
export const DEFAULT_SORT: readonly SortTerm[] = [{ key: 'created_at', direction: 'desc' }];

/**
 * A key without a direction sorts descending, as in OpenStack Cinder (whose `sort` syntax and
 * wording SCP's reference copies). Clients that care should always name the direction.
 */
const DEFAULT_DIRECTION: SortDirection = 'desc';

const SORT_KEY_SET: ReadonlySet<string> = new Set(SORT_KEYS);

function isSortKey(key: string): key is SortKey {
  return SORT_KEY_SET.has(key);
}

/** `created_at:desc,name:asc` → terms; an unknown key or direction is the caller's error. */
export function parseSort(raw: string): { ok: true; terms: SortTerm[] } | { ok: false; error: Text } {
  const terms: SortTerm[] = [];
  for (const part of raw.split(',')) {
    const [key = '', direction = DEFAULT_DIRECTION, ...rest] = part.split(':');
    if (!isSortKey(key)) return { ok: false, error: serviceText.badSortKey(key) };
    if ((direction !== 'asc' && direction !== 'desc') || rest.length > 0) {
      return { ok: false, error: serviceText.badSortDirection(part.slice(key.length + 1)) };
    }
    // A repeated key cannot change the order: keep its first direction.
    if (!terms.some((term) => term.key === key)) terms.push({ key, direction });
  }
  return { ok: true, terms };
}

/** One string per distinct order, so equal specs share a cached sort. */
export function sortCacheKey(terms: readonly SortTerm[]): string {
  return terms.map((term) => `${term.key}:${term.direction}`).join(',');
}
