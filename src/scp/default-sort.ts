import type { SortKey } from './list-query.ts';

/*
 * The API's default order and the shape of a sort term, apart from the comparator in
 * sort-order.ts: the first table needs only these, and a module the entry imports keeps every
 * export any lazy chunk uses (the comparator would cost the initial bundle ~1 kB raw).
 */

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
export const DEFAULT_DIRECTION: SortDirection = 'desc';
