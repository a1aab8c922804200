import { describe, expect, it } from 'vitest';
import { makeVolume } from '../testing/volume-fixtures.ts';
import { FAST_REFRESH_MS, refreshInterval, SLOW_REFRESH_MS } from './refresh-interval.ts';

const calm = {
  count: 2,
  volumes: [makeVolume({ state: 'available' }), makeVolume({ state: 'error' })],
  invalid: [],
};
const busy = { ...calm, volumes: [...calm.volumes, makeVolume({ state: 'attaching' })] };

describe('refreshInterval', () => {
  it('refreshes every 5 s while a visible volume is changing state', () => {
    expect(refreshInterval(true, busy, false)).toBe(FAST_REFRESH_MS);
    expect(FAST_REFRESH_MS).toBe(5_000);
  });

  it('refreshes every 30 s otherwise', () => {
    expect(refreshInterval(true, calm, false)).toBe(SLOW_REFRESH_MS);
    expect(SLOW_REFRESH_MS).toBe(30_000);
    expect(refreshInterval(true, undefined, false)).toBe(SLOW_REFRESH_MS);
  });

  it('stops when switched off or after an error', () => {
    expect(refreshInterval(false, busy, false)).toBe(false);
    expect(refreshInterval(true, busy, true)).toBe(false);
  });
});
