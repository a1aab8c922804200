import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SORT_KEYS } from '../scp/list-query.ts';
import { compareVolumes } from '../scp/sort-order.ts';
import type { SimVolume } from './model.ts';
import { volumeToApi } from './serialize.ts';
import { VolumeStore } from './store.ts';

const store = VolumeStore.generate({
  seed: 'api-order',
  volumeCount: 1234,
  referenceTime: Date.UTC(2026, 10, 20),
});

const termArb = fc.record({
  key: fc.constantFrom(...SORT_KEYS),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
});

describe('the shared comparator (src/scp/sort-order.ts)', () => {
  it('orders the simulator’s answers exactly as the simulator lists them, for any sort', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(termArb, { minLength: 1, maxLength: 3, selector: (t) => t.key }),
        (terms) => {
          const listed = Array.from(store.sorted(terms).order, (index) =>
            volumeToApi(store.volumes[index] as SimVolume, { minor: 3 }),
          );
          const resorted = [...listed].sort(compareVolumes(terms));
          expect(resorted.map((v) => v.id)).toEqual(listed.map((v) => v.id));
        },
      ),
      { numRuns: 60 },
    );
  });
});
