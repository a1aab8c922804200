/** The part of a TanStack Query the streak reads (any data type). */
interface CountedQuery {
  state: { status: string; errorUpdateCount: number };
}

/** Per query: how many errors it had seen when it last succeeded. */
const errorsAtLastSuccess = new WeakMap<CountedQuery, number>();

/**
 * Failed refreshes in a row for this query (0 once it succeeds again). Query state counts
 * errors over the query's whole life; the streak is the part since the last success.
 */
export function failureStreak(query: CountedQuery): number {
  const { status, errorUpdateCount } = query.state;
  // Only a success ends a streak: a query that never loaded goes back to 'pending' on each try
  // (TanStack Query clears its error while it has no data), and that is not a success.
  if (status === 'success') {
    errorsAtLastSuccess.set(query, errorUpdateCount);
    return 0;
  }
  return errorUpdateCount - (errorsAtLastSuccess.get(query) ?? 0);
}
