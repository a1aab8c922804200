import { describe, expect, it } from 'vitest';
import { unattachedFor } from './unattached.ts';

const now = Date.parse('2026-12-06T12:00:00Z');

describe('unattachedFor', () => {
  it('counts whole days since the inventory saw it detach', () => {
    const since = { attached: false, unattached_since: '2026-11-26T13:00:00Z', unattached_since_exact: true };
    expect(unattachedFor(since, now)).toEqual({ days: 9, atLeast: false });
  });

  it('says "at least" when it was already unattached at the first run', () => {
    const since = {
      attached: false,
      unattached_since: '2026-11-06T12:00:00Z',
      unattached_since_exact: false,
    };
    expect(unattachedFor(since, now)).toEqual({ days: 30, atLeast: true });
  });

  it('is nothing while attached', () => {
    expect(
      unattachedFor({ attached: true, unattached_since: null, unattached_since_exact: true }, now),
    ).toBeNull();
  });
});
