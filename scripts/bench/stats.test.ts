import { describe, expect, it } from 'vitest';
import { median, percentile, signedMs } from './stats.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('percentile', () => {
  it('uses the nearest rank, so p99 of 100 samples is the 99th smallest', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('signedMs', () => {
  it('signs a difference either way', () => {
    expect(signedMs(1.5)).toBe('+1.5 ms');
    expect(signedMs(-7.5)).toBe('−7.5 ms');
    expect(signedMs(0)).toBe('+0 ms');
  });
});
