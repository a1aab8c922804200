import { describe, expect, it } from 'vitest';
import { clampPage, pageInfo } from './page-math.ts';

describe('pageInfo', () => {
  it('describes the first page of many', () => {
    expect(pageInfo(1, 20, 1234, 20)).toEqual({
      from: 1,
      to: 20,
      lastPage: 62,
      hasPrevious: false,
      hasNext: true,
      outOfRange: false,
    });
  });

  it('describes a short last page', () => {
    expect(pageInfo(62, 20, 1234, 14)).toMatchObject({
      from: 1221,
      to: 1234,
      hasNext: false,
      hasPrevious: true,
    });
  });

  it('flags a page after the last one', () => {
    expect(pageInfo(999, 20, 1234, 0)).toMatchObject({ outOfRange: true, lastPage: 62, from: 0, to: 0 });
  });

  it('treats an empty result as one empty page, not out of range', () => {
    expect(pageInfo(1, 20, 0, 0)).toMatchObject({ lastPage: 1, outOfRange: false, hasNext: false, from: 0 });
    expect(pageInfo(2, 20, 0, 0)).toMatchObject({ outOfRange: true });
  });

  it('guesses "more" from a full page when the API sends no count', () => {
    expect(pageInfo(3, 50, null, 50)).toMatchObject({ lastPage: null, hasNext: true, from: 101, to: 150 });
    expect(pageInfo(3, 50, null, 7)).toMatchObject({ hasNext: false });
  });
});

describe('clampPage', () => {
  it('clamps typed pages into range', () => {
    expect(clampPage('5', 62)).toBe(5);
    expect(clampPage('0', 62)).toBe(1);
    expect(clampPage('900', 62)).toBe(62);
    expect(clampPage('9', null)).toBe(9);
  });

  it('ignores text that is not a number', () => {
    expect(clampPage('', 62)).toBeNull();
    expect(clampPage('abc', 62)).toBeNull();
  });
});
