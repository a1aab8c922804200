import { SORT_KEYS, type SortKey } from '../../../scp/list-query.ts';

export interface SortEntry {
  id: SortKey;
  desc: boolean;
}

const SORT_KEY_SET: ReadonlySet<string> = new Set(SORT_KEYS);

function isSortKey(value: string): value is SortKey {
  return SORT_KEY_SET.has(value);
}

/**
 * Reads the API's own sort syntax (`size:desc,name:asc`; a bare key means ascending), so a
 * link and the request say the same thing. Returns null when any part is not understood:
 * a half-applied sort would silently show a different order than the link asked for.
 */
export function parseSort(raw: string): SortEntry[] | null {
  const entries: SortEntry[] = [];
  for (const part of raw.split(',')) {
    const [key = '', direction = 'asc', extra] = part.trim().split(':');
    if (extra !== undefined || !isSortKey(key)) return null;
    if (direction !== 'asc' && direction !== 'desc') return null;
    if (entries.some((entry) => entry.id === key)) return null;
    entries.push({ id: key, desc: direction === 'desc' });
  }
  return entries;
}

export function encodeSort(sort: readonly SortEntry[]): string {
  return sort.map((entry) => `${entry.id}:${entry.desc ? 'desc' : 'asc'}`).join(',');
}

/** Table sorting state carries plain string ids; keep only the ones the API can sort by. */
export function toSortEntries(sorting: readonly { id: string; desc: boolean }[]): SortEntry[] {
  const entries: SortEntry[] = [];
  for (const { id, desc } of sorting) {
    if (isSortKey(id) && !entries.some((entry) => entry.id === id)) entries.push({ id, desc });
  }
  return entries;
}
