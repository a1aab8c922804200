import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSorted } from './merge-sorted.ts';

describe('mergeSorted', () => {
  it('gives what sorting the concatenation would, ties in list order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }), { maxLength: 6 }),
        (raw) => {
          // Items remember their list and place, so ties can be checked.
          const lists = raw.map((list, l) =>
            [...list].sort((a, b) => a - b).map((value, i) => ({ value, l, i })),
          );
          const merged = mergeSorted(lists, (a, b) => a.value - b.value);
          const expected = lists.flat().sort((a, b) => a.value - b.value || a.l - b.l || a.i - b.i);
          expect(merged).toEqual(expected);
        },
      ),
    );
  });

  it('merges nothing into nothing', () => {
    expect(mergeSorted([], () => 0)).toEqual([]);
    expect(mergeSorted([[], []], () => 0)).toEqual([]);
  });
});
