import type { SortKey } from '../scp/list-query.ts';
import type { SimVolume } from './model.ts';
import { sortCacheKey, type SortTerm } from './sort-spec.ts';

export interface SortedOrder {
  /** Volume indexes in list order. */
  order: Int32Array;
  /** position[volumeIndex] = its place in `order`: a marker resolves in O(1). */
  position: Int32Array;
}

/**
 * Sorted orders, computed once per sort spec and kept until the data changes. Each sort key is
 * first turned into a numeric column (strings become ranks), so sorting 100,000 volumes by any
 * combination of keys compares numbers only. Ties always break by id, ascending: paging is stable.
 */
export class SortIndex {
  private readonly columns = new Map<SortKey, Float64Array>();
  private readonly orders = new Map<string, SortedOrder>();
  private idRanks: Float64Array | null = null;

  constructor(private readonly volumes: readonly SimVolume[]) {}

  /** Called when volumes change state or modified_at (churn): the other keys never change. */
  invalidate(keys: readonly SortKey[]): void {
    for (const key of keys) this.columns.delete(key);
    this.orders.clear();
  }

  sorted(terms: readonly SortTerm[]): SortedOrder {
    const cacheKey = sortCacheKey(terms);
    const cached = this.orders.get(cacheKey);
    if (cached) return cached;
    const columns = terms.map((term) => this.column(term.key));
    const signs = terms.map((term) => (term.direction === 'asc' ? 1 : -1));
    const ids = this.idRanks ?? (this.idRanks = rankStrings(this.volumes.map((volume) => volume.id)));
    const order = new Int32Array(this.volumes.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => {
      for (let k = 0; k < columns.length; k++) {
        const column = columns[k] as Float64Array;
        const difference = (column[a] ?? 0) - (column[b] ?? 0);
        if (difference !== 0) return difference * (signs[k] ?? 1);
      }
      return (ids[a] ?? 0) - (ids[b] ?? 0);
    });
    const position = new Int32Array(order.length);
    for (let i = 0; i < order.length; i++) position[order[i] ?? 0] = i;
    const result = { order, position };
    this.orders.set(cacheKey, result);
    return result;
  }

  private column(key: SortKey): Float64Array {
    let column = this.columns.get(key);
    if (!column) {
      column = buildColumn(this.volumes, key);
      this.columns.set(key, column);
    }
    return column;
  }
}

/** Nulls (a null name, a never-modified volume) sort before every value, ascending. */
function buildColumn(volumes: readonly SimVolume[], key: SortKey): Float64Array {
  switch (key) {
    case 'name':
      return rankStrings(volumes.map((volume) => volume.name));
    case 'state':
      return rankStrings(volumes.map((volume) => volume.state));
    case 'volume_type':
      return rankStrings(volumes.map((volume) => volume.volumeType));
    case 'size':
      return Float64Array.from(volumes, (volume) => volume.size);
    case 'created_at':
      return Float64Array.from(volumes, (volume) => volume.createdAt);
    case 'modified_at':
      return Float64Array.from(volumes, (volume) => volume.modifiedAt ?? -1);
    case 'bootable':
      return Float64Array.from(volumes, (volume) => (volume.bootable ? 1 : 0));
  }
}

/** Each string's rank among the distinct values, by UTF-16 code unit (a binary collation). */
function rankStrings(values: readonly (string | null)[]): Float64Array {
  const distinct = [...new Set(values)].filter((value) => value !== null).sort();
  const rank = new Map<string | null, number>(distinct.map((value, i) => [value, i]));
  rank.set(null, -1);
  return Float64Array.from(values, (value) => rank.get(value) ?? -1);
}
