import { describe, expect, it } from 'vitest';
import { failureStreak } from './failure-streak.ts';

/**
 * Walks one query through these statuses as TanStack Query dispatches them (one object, its
 * state replaced each time, `errorUpdateCount` counting every error of its life) and returns
 * the streak read after each.
 */
function streaks(statuses: string[]): number[] {
  const query = { state: { status: '', errorUpdateCount: 0 } };
  let errors = 0;
  return statuses.map((status) => {
    if (status === 'error') errors += 1;
    query.state = { status, errorUpdateCount: errors };
    return failureStreak(query);
  });
}

describe('failureStreak', () => {
  it('counts failed refreshes in a row and starts again after a success', () => {
    expect(streaks(['success', 'error', 'error', 'success', 'error'])).toEqual([0, 1, 2, 0, 1]);
  });

  it('keeps the streak while a query that never loaded tries again', () => {
    // A refetch of a query without data puts it back to 'pending': that is not a success, and
    // reading it as one reset the back-off to its first step on every try.
    expect(streaks(['pending', 'error', 'pending', 'error'])).toEqual([0, 1, 1, 2]);
  });
});
