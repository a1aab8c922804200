import { compareListed } from '../../../scp/sort-order.ts';
import { DEFAULT_SORT, parseSortTerms } from '../../../scp/sort-terms.ts';
import type { Volume } from '../../../scp/volume-schema.ts';

export interface LocalPageInput {
  /** The API's `sort` parameter; absent means the API's default order. */
  sort: string | undefined;
  page: number;
  perPage: number;
}

/**
 * One page of a contains search's matches, in the order the API would list them: the
 * comparator the simulator and the proxy's all-regions merge use (scp/sort-order.ts), so
 * paging a local result reads exactly like paging the API, ties across regions included.
 */
export function localPage(
  volumes: readonly Volume[],
  input: LocalPageInput,
): { count: number; volumes: Volume[] } {
  const parsed = input.sort ? parseSortTerms(input.sort) : null;
  const terms = parsed?.ok ? parsed.terms : DEFAULT_SORT;
  const sorted = [...volumes].sort(compareListed(terms));
  const start = (input.page - 1) * input.perPage;
  return { count: sorted.length, volumes: sorted.slice(start, start + input.perPage) };
}
