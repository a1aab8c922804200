import { describe, expect, it } from 'vitest';
import { windowRange } from './window-range.ts';

describe('windowRange', () => {
  it('renders the rows in view plus overscan at the top of the list', () => {
    expect(windowRange(0, 450, 40, 1000, 45, 10)).toEqual({ start: 0, end: 20 });
  });

  it('follows the scroll position, below the header', () => {
    // 40 px of header, then row 100 starts at 40 + 4500.
    expect(windowRange(4540, 450, 40, 1000, 45, 10)).toEqual({ start: 90, end: 120 });
  });

  it('stays within the list at the end', () => {
    expect(windowRange(45_000, 450, 40, 1000, 45, 10)).toEqual({ start: 989, end: 1000 });
  });

  it('renders something before the viewport has a size', () => {
    expect(windowRange(0, 0, 0, 500, 45, 5).end).toBeGreaterThan(0);
  });
});
