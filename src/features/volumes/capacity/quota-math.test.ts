import { describe, expect, it } from 'vitest';
import { formatShare, readQuota } from './quota-math.ts';

const quota = (in_use: number, limit: number, reserved = 0) => ({ in_use, limit, reserved });

describe('readQuota', () => {
  it.each([
    [79, 100, 'ok'],
    [80, 100, 'warning'],
    [94, 100, 'warning'],
    [95, 100, 'danger'],
    [100, 100, 'danger'],
    [130, 100, 'danger'],
  ])('reads %i of %i as %s', (used, limit, tone) => {
    expect(readQuota(quota(used, limit))).toMatchObject({ unlimited: false, tone, share: used / limit });
  });

  it('counts what is reserved against the limit, as Cinder does', () => {
    expect(readQuota(quota(78, 100, 2))).toMatchObject({ used: 80, tone: 'warning' });
  });

  it('reads -1 as no limit, and a limit of 0 as full', () => {
    expect(readQuota(quota(12, -1))).toEqual({ unlimited: true, used: 12 });
    expect(readQuota(quota(0, 0))).toMatchObject({ share: 1, tone: 'danger' });
  });
});

describe('formatShare', () => {
  it('rounds down, so a quota just under 95 % does not read as 95%', () => {
    expect(formatShare('en-US', 0.9499)).toBe('94%');
    expect(formatShare('en-US', 0.95)).toBe('95%');
    expect(formatShare('ko-KR', 0.8)).toBe('80%');
  });
});
