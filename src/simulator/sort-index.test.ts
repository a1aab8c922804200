import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SORT_KEYS } from '../scp/sort-terms.ts';
import { compareVolumes } from '../scp/sort-order.ts';
import { volumeToApi } from './serialize.ts';
import type { SortTerm } from './sort-spec.ts';
import { VolumeStore } from './store.ts';

const store = VolumeStore.generate({
  seed: 'sort-index',
  volumeCount: 1234,
  referenceTime: Date.UTC(2026, 10, 20),
});

/** The API's order (src/scp/sort-order.ts, written once) applied plainly to every volume as the API shows it. */
function apiOrder(terms: readonly SortTerm[]): string[] {
  return store.volumes
    .map((volume) => volumeToApi(volume, { minor: 3 }))
    .sort(compareVolumes(terms))
    .map((volume) => volume.id);
}

const idsOf = (terms: readonly SortTerm[]) =>
  Array.from(store.sorted(terms).order, (index) => store.volumes[index]?.id);

const termArb = fc.record({
  key: fc.constantFrom(...SORT_KEYS),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
});

describe('SortIndex', () => {
  it("lists in the API's order for any one to three sort terms", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(termArb, { minLength: 1, maxLength: 3, selector: (term) => term.key }),
        (terms) => {
          expect(idsOf(terms)).toEqual(apiOrder(terms));
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
    expect(idsOf(terms)).toEqual(apiOrder(terms));
  });

  it('holds volumes in id order and maps every volume to its position', () => {
    const ids = store.volumes.map((volume) => volume.id);
    expect(ids).toEqual([...ids].sort());
    const { order, position } = store.sorted([{ key: 'size', direction: 'asc' }]);
    order.forEach((volumeIndex, place) => expect(position[volumeIndex]).toBe(place));
  });

  it('drops removed volumes from every order, filter, lookup and server, and keeps the others in place', () => {
    const shrinking = VolumeStore.generate({ seed: 'sort-index', volumeCount: 300, referenceTime: 0 });
    const attached = shrinking.volumes.findIndex((volume) => volume.servers.length === 1);
    const serverId = shrinking.volumes[attached]?.servers[0]?.serverId ?? '';
    const gone = [0, 7, attached, 299];
    const ids = gone.map((index) => shrinking.volumes[index]?.id ?? '');
    const terms: SortTerm[] = [{ key: 'name', direction: 'asc' }];
    const before = Array.from(shrinking.sorted(terms).order);
    for (const index of gone) shrinking.remove(index);

    const { order, position } = shrinking.sorted(terms);
    expect(Array.from(order)).toEqual(before.filter((index) => !gone.includes(index)));
    for (const index of gone) {
      expect(position[index]).toBe(-1);
      expect(shrinking.exists(index)).toBe(false);
    }
    order.forEach((volumeIndex, place) => expect(position[volumeIndex]).toBe(place));
    for (const id of ids)
      expect([shrinking.indexOf(id), shrinking.volume(id)]).toEqual([undefined, undefined]);
    expect(shrinking.volumesOf(serverId).map((volume) => volume.id)).not.toContain(ids[2]);
    const filtered = shrinking.filtered(terms, { name: null, state: null, bootable: false });
    expect(Array.from(filtered).some((index) => gone.includes(index))).toBe(false);
  });
});
