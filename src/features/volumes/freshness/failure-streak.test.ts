import { describe, expect, it } from 'vitest';
import { failureStreak } from './failure-streak.ts';

/** A query as TanStack Query mutates it: one object, its state replaced on every dispatch. */
function query(status: string, errorUpdateCount: number) {
  return { state: { status, errorUpdateCount } };
}

describe('failureStreak', () => {
  it('counts failed refreshes in a row and starts again after a success', () => {
    const q = query('success', 0);
    expect(failureStreak(q)).toBe(0);
    q.state = { status: 'error', errorUpdateCount: 1 };
    expect(failureStreak(q)).toBe(1);
    q.state = { status: 'error', errorUpdateCount: 2 };
    expect(failureStreak(q)).toBe(2);
    q.state = { status: 'success', errorUpdateCount: 2 };
    expect(failureStreak(q)).toBe(0);
    q.state = { status: 'error', errorUpdateCount: 3 };
    expect(failureStreak(q)).toBe(1);
  });

  it('keeps the streak while a query that never loaded tries again', () => {
    // A refetch of a query without data puts it back to 'pending': that is not a success, and
    // reading it as one reset the back-off to its first step on every try.
    const q = query('pending', 0);
    expect(failureStreak(q)).toBe(0);
    q.state = { status: 'error', errorUpdateCount: 1 };
    expect(failureStreak(q)).toBe(1);
    q.state = { status: 'pending', errorUpdateCount: 1 };
    expect(failureStreak(q)).toBe(1);
    q.state = { status: 'error', errorUpdateCount: 2 };
    expect(failureStreak(q)).toBe(2);
  });
});
