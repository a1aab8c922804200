import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SORT_KEYS, type SortKey } from '../scp/list-query.ts';
import type { SimVolume } from './model.ts';
import type { SortTerm } from './sort-spec.ts';
import { VolumeStore } from './store.ts';

const store = VolumeStore.generate({
  seed: 'sort-index',
  volumeCount: 1234,
  referenceTime: Date.UTC(2026, 10, 20),
});

function value(volume: SimVolume, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return volume.name;
    case 'state':
      return volume.state;
    case 'volume_type':
      return volume.volumeType;
    case 'size':
      return volume.size;
    case 'created_at':
      return volume.createdAt;
    case 'modified_at':
      return volume.modifiedAt;
    case 'bootable':
      return volume.bootable ? 1 : 0;
  }
}

/** The obvious comparator: what the packed numeric sort must agree with. */
function bruteForce(terms: readonly SortTerm[]): string[] {
  return [...store.volumes]
    .sort((a, b) => {
      for (const { key, direction } of terms) {
        const [x, y] = [value(a, key), value(b, key)];
        if (x === y) continue;
        const less = x === null || (y !== null && x < y);
        return (less ? -1 : 1) * (direction === 'asc' ? 1 : -1);
      }
      return a.id < b.id ? -1 : 1;
    })
    .map((volume) => volume.id);
}

const idsOf = (terms: readonly SortTerm[]) =>
  Array.from(store.sorted(terms).order, (index) => store.volumes[index]?.id);

const termArb = fc.record({
  key: fc.constantFrom(...SORT_KEYS),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
});

describe('SortIndex', () => {
  it('agrees with a plain comparator for any one to three sort terms', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(termArb, { minLength: 1, maxLength: 3, selector: (term) => term.key }),
        (terms) => {
          expect(idsOf(terms)).toEqual(bruteForce(terms));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees when so many keys are combined that the ranks no longer pack into one number', () => {
    const terms: SortTerm[] = [
      { key: 'name', direction: 'asc' },
      { key: 'created_at', direction: 'desc' },
      { key: 'modified_at', direction: 'asc' },
      { key: 'size', direction: 'desc' },
      { key: 'state', direction: 'asc' },
      { key: 'volume_type', direction: 'desc' },
    ];
    expect(idsOf(terms)).toEqual(bruteForce(terms));
  });

  it('holds volumes in id order and maps every volume to its position', () => {
    const ids = store.volumes.map((volume) => volume.id);
    expect(ids).toEqual([...ids].sort());
    const { order, position } = store.sorted([{ key: 'size', direction: 'asc' }]);
    order.forEach((volumeIndex, place) => expect(position[volumeIndex]).toBe(place));
  });
});
