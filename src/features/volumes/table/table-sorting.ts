import type { SortingState } from '@tanstack/react-table';
import { isSortKey, type SortTerm } from '../../../scp/sort-terms.ts';

/** The view's sort (the API's terms) as the table's sorting state. */
export function toSortingState(sort: readonly SortTerm[]): SortingState {
  return sort.map((term) => ({ id: term.key, desc: term.direction === 'desc' }));
}

/** The table's sorting state carries plain string ids: keep the ones the API can sort by, once. */
export function toSortTerms(sorting: SortingState): SortTerm[] {
  const terms: SortTerm[] = [];
  for (const { id, desc } of sorting) {
    if (isSortKey(id) && !terms.some((term) => term.key === id))
      terms.push({ key: id, direction: desc ? 'desc' : 'asc' });
  }
  return terms;
}
