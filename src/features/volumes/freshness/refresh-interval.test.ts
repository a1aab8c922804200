import { describe, expect, it } from 'vitest';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { FAST_REFRESH_MS, refreshInterval, SLOW_REFRESH_MS } from './refresh-interval.ts';

const calm = {
  count: 2,
  volumes: [makeVolume({ state: 'available' }), makeVolume({ state: 'error' })],
  invalid: [],
};
const busy = { ...calm, volumes: [...calm.volumes, makeVolume({ state: 'attaching' })] };

describe('refreshInterval', () => {
  it('refreshes every 5 s while a visible volume is changing state', () => {
    expect(refreshInterval(true, busy, 0)).toBe(FAST_REFRESH_MS);
    expect(FAST_REFRESH_MS).toBe(5_000);
  });

  it('refreshes every 30 s otherwise', () => {
    expect(refreshInterval(true, calm, 0)).toBe(SLOW_REFRESH_MS);
    expect(SLOW_REFRESH_MS).toBe(30_000);
    expect(refreshInterval(true, undefined, 0)).toBe(SLOW_REFRESH_MS);
  });

  it('keeps trying after failed refreshes, backing off to at most 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((failures) => refreshInterval(true, busy, failures))).toEqual([
      10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000,
    ]);
  });

  it('stops when switched off', () => {
    expect(refreshInterval(false, busy, 0)).toBe(false);
    expect(refreshInterval(false, busy, 3)).toBe(false);
  });
});
