import type { Comparator } from '../../../scp/sort-order.ts';

/**
 * A k-way merge: lists each already in `compare`'s order become one list in that order, in
 * O(n log k) with a binary heap of the lists' heads. Items `compare` cannot tell apart keep
 * the order of their lists (the first list's first), so the result is deterministic.
 */
export function mergeSorted<T>(lists: readonly (readonly T[])[], compare: Comparator<T>): T[] {
  const merged: T[] = [];
  // Heap of [list, position] cursors, ordered by the item under each, then by list.
  const heap: [number, number][] = [];
  const itemAt = ([list, position]: [number, number]) => (lists[list] as readonly T[])[position] as T;
  const before = (a: [number, number], b: [number, number]) => {
    const order = compare(itemAt(a), itemAt(b));
    return order < 0 || (order === 0 && a[0] < b[0]);
  };
  const swap = (i: number, j: number) => {
    [heap[i], heap[j]] = [heap[j] as [number, number], heap[i] as [number, number]];
  };
  const up = (start: number) => {
    for (let i = start; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as [number, number], heap[parent] as [number, number])) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (start: number) => {
    for (let i = start; ;) {
      let least = i;
      for (const child of [2 * i + 1, 2 * i + 2])
        if (child < heap.length && before(heap[child] as [number, number], heap[least] as [number, number]))
          least = child;
      if (least === i) return;
      swap(i, least);
      i = least;
    }
  };

  lists.forEach((list, index) => {
    if (list.length > 0) {
      heap.push([index, 0]);
      up(heap.length - 1);
    }
  });
  while (heap.length > 0) {
    const top = heap[0] as [number, number];
    merged.push(itemAt(top));
    const next: [number, number] = [top[0], top[1] + 1];
    if (next[1] < (lists[next[0]] as readonly T[]).length) heap[0] = next;
    else {
      const last = heap.pop() as [number, number];
      if (heap.length === 0) break;
      heap[0] = last;
    }
    down(0);
  }
  return merged;
}
