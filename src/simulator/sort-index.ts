import { SORT_KEYS, type SortKey } from '../scp/sort-terms.ts';
import { compareSortValues } from '../scp/sort-order.ts';
import type { SimVolume } from './model.ts';
import { sortCacheKey, type SortTerm } from './sort-spec.ts';

export interface SortedOrder {
  /** Indexes of the existing volumes, in list order. */
  order: Int32Array;
  /** position[volumeIndex] = its place in `order`: a marker resolves in O(1). */
  position: Int32Array;
}

/** Each key as dense ranks 0..distinct-1: sorting then compares small integers only. */
interface RankColumn {
  ranks: Int32Array;
  distinct: number;
}

/**
 * Sorted orders, computed once per sort spec and kept until the data changes. Volumes are held
 * in id order (see VolumeStore), so "ties break by id" is "ties break by index". When the ranks
 * of all keys and the index fit in one exact float, a sort is one native numeric sort (a few ms
 * at 100,000 volumes); otherwise a comparator over the rank columns.
 */
export class SortIndex {
  private readonly columns = new Map<SortKey, RankColumn>();
  private readonly orders = new Map<string, SortedOrder>();

  /** `removed`: indexes of volumes churn deleted; they keep their index but leave every order. */
  constructor(
    private readonly volumes: readonly SimVolume[],
    private readonly removed: ReadonlySet<number> = new Set(),
  ) {}

  /** Builds every column ahead of time, so no request pays for it. */
  warm(terms: readonly SortTerm[]): void {
    for (const key of SORT_KEYS) this.column(key);
    this.sorted(terms);
  }

  /** Called when volumes change (churn): only the named keys' columns, and every order, go. */
  invalidate(keys: readonly SortKey[]): void {
    for (const key of keys) this.columns.delete(key);
    this.orders.clear();
  }

  sorted(terms: readonly SortTerm[]): SortedOrder {
    const cacheKey = sortCacheKey(terms);
    let sorted = this.orders.get(cacheKey);
    if (!sorted) {
      let order = this.sortIndexes(terms);
      if (this.removed.size > 0) order = order.filter((index) => !this.removed.has(index));
      // Indexed by volume, so sized for all of them; a removed volume has no place (-1).
      const position = new Int32Array(this.volumes.length).fill(-1);
      for (let i = 0; i < order.length; i++) position[order[i] ?? 0] = i;
      sorted = { order, position };
      this.orders.set(cacheKey, sorted);
    }
    return sorted;
  }

  private sortIndexes(terms: readonly SortTerm[]): Int32Array {
    const n = this.volumes.length;
    const columns = terms.map((term) => ({ ...this.column(term.key), desc: term.direction === 'desc' }));
    const span = columns.reduce((product, column) => product * column.distinct, Math.max(n, 1));
    if (span <= Number.MAX_SAFE_INTEGER) {
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let key = 0;
        for (const { ranks, distinct, desc } of columns) {
          const rank = ranks[i] ?? 0;
          key = key * distinct + (desc ? distinct - 1 - rank : rank);
        }
        keys[i] = key * n + i;
      }
      keys.sort();
      const order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = (keys[i] ?? 0) % n;
      return order;
    }
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => {
      for (const { ranks, desc } of columns) {
        const difference = (ranks[a] ?? 0) - (ranks[b] ?? 0);
        if (difference !== 0) return desc ? -difference : difference;
      }
      return a - b;
    });
  }

  private column(key: SortKey): RankColumn {
    let column = this.columns.get(key);
    if (!column) {
      column = buildColumn(this.volumes, key);
      this.columns.set(key, column);
    }
    return column;
  }
}

/** Nulls (a null name, a never-modified volume) rank before every value. */
function buildColumn(volumes: readonly SimVolume[], key: SortKey): RankColumn {
  switch (key) {
    case 'name':
      return rankStrings(volumes.map((volume) => volume.name));
    case 'state':
      return rankStrings(volumes.map((volume) => volume.state));
    case 'volume_type':
      return rankStrings(volumes.map((volume) => volume.volumeType));
    case 'size':
      return rankNumbers(numbers(volumes, (volume) => volume.size));
    case 'created_at':
      return rankNumbers(numbers(volumes, (volume) => volume.createdAt));
    case 'modified_at':
      return rankNumbers(numbers(volumes, (volume) => volume.modifiedAt ?? -1));
    case 'bootable':
      return { ranks: Int32Array.from(numbers(volumes, (volume) => (volume.bootable ? 1 : 0))), distinct: 2 };
  }
}

function numbers(volumes: readonly SimVolume[], value: (volume: SimVolume) => number): Float64Array {
  const out = new Float64Array(volumes.length);
  for (let i = 0; i < volumes.length; i++) out[i] = value(volumes[i] as SimVolume);
  return out;
}

/** In the API's string order (src/scp/sort-order.ts): by UTF-16 code unit, null first. */
function rankStrings(values: readonly (string | null)[]): RankColumn {
  const distinct = [...new Set(values)].sort(compareSortValues);
  const rank = new Map(distinct.map((value, i) => [value, i]));
  return { ranks: Int32Array.from(values, (value) => rank.get(value) ?? 0), distinct: distinct.length };
}

function rankNumbers(values: Float64Array): RankColumn {
  const sorted = values.slice().sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i] ?? 0;
  const unique = sorted.subarray(0, distinct);
  const ranks = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) ranks[i] = lowerBound(unique, values[i] ?? 0);
  return { ranks, distinct };
}

function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
