/*
 * The `sort` parameter's syntax, written once for the browser (its URL and its requests), the
 * proxy (which merges lists by it) and the simulator (which sorts by it). Apart from the
 * comparator in sort-order.ts: the first table needs only this, and the initial bundle has no
 * room for the comparator.
 */

/** Sort keys the simulator accepts and the table offers; the live API publishes no list. */
export const SORT_KEYS = [
  'name',
  'size',
  'state',
  'created_at',
  'modified_at',
  'volume_type',
  'bootable',
] as const;

export type SortKey = (typeof SORT_KEYS)[number];

export type SortDirection = 'asc' | 'desc';

/** One term of a `sort`: a key (of volumes unless said otherwise) and its direction. */
export interface SortTerm<K extends string = SortKey> {
  key: K;
  direction: SortDirection;
}

/** Cinder's default, which SCP mirrors: newest first. */
export const DEFAULT_SORT: readonly SortTerm[] = [{ key: 'created_at', direction: 'desc' }];

/**
 * A key without a direction sorts descending. SCP documents the direction as optional without
 * naming a default; its volume API follows OpenStack Cinder (the same `key:dir` syntax and
 * wording), whose default direction is descending. The proxy and the simulator must read a
 * request as SCP would, so the browser reads `?sort=size` the same way: the link, the request
 * and the answer then mean one order. The browser always writes the direction anyway.
 */
export const DEFAULT_DIRECTION: SortDirection = 'desc';

export type SortParse<K extends string = SortKey> =
  | { ok: true; terms: SortTerm<K>[] }
  | { ok: false; problem: 'key'; key: string }
  | { ok: false; problem: 'direction'; direction: string };

export function isSortKey(key: string): key is SortKey {
  return (SORT_KEYS as readonly string[]).includes(key);
}

/**
 * `created_at:desc,name` → terms (name descending), over the volume sort keys or a list's own
 * `keys` (ListServers sorts by fewer). Spelt exactly: `NAME`, `name ` and `ASC` are errors. A
 * repeated key cannot change the order: its first wins.
 */
export function parseSortTerms(raw: string): SortParse;
export function parseSortTerms<K extends string>(raw: string, keys: readonly K[]): SortParse<K>;
export function parseSortTerms(raw: string, keys: readonly string[] = SORT_KEYS): SortParse<string> {
  const terms: SortTerm<string>[] = [];
  for (const part of raw.split(',')) {
    const [key = '', direction = DEFAULT_DIRECTION, ...rest] = part.split(':');
    if (!keys.includes(key)) return { ok: false, problem: 'key', key };
    if ((direction !== 'asc' && direction !== 'desc') || rest.length > 0) {
      return { ok: false, problem: 'direction', direction: part.slice(key.length + 1) };
    }
    if (!terms.some((term) => term.key === key)) terms.push({ key, direction });
  }
  return { ok: true, terms };
}

/** One string per distinct order: the canonical `sort` parameter, every direction written. */
export function formatSortTerms(terms: readonly SortTerm<string>[]): string {
  return terms.map((term) => `${term.key}:${term.direction}`).join(',');
}
