import { describe, expect, it } from 'vitest';
import type { Volume } from '../scp/volume-schema.ts';
import { observeVolume, parseInstant, searchText } from './observe.ts';

const volume: Volume = {
  id: 'vol-1',
  name: 'DB-Data',
  state: 'in-use',
  size: 100,
  volume_type: 'SSD',
  bootable: false,
  encrypted: true,
  multiattach: false,
  created_at: '2026-02-11T06:44:40.281Z',
  servers: [{ id: 'srv-1', device: '/dev/vdb', attached_at: '2026-02-11T07:00:00Z' }],
  region: 'kr-west1',
};

describe('observeVolume', () => {
  it('keeps the columns the inventory queries and the object as SCP sent it', () => {
    const seen = observeVolume(volume, 'kr-west1', (id) => (id === 'srv-1' ? 'web-01' : null));
    expect(seen).toMatchObject({
      id: 'vol-1',
      region: 'kr-west1',
      name: 'DB-Data',
      sizeGb: 100,
      encrypted: true,
      serverIds: ['srv-1'],
      serverNames: ['web-01'],
      createdAt: Date.UTC(2026, 1, 11, 6, 44, 40, 281),
    });
    expect(JSON.parse(seen.raw)).not.toHaveProperty('region');
  });

  it('gives a new hash when the object or an attached server’s name changes, and only then', () => {
    const named = (name: string | null) => observeVolume(volume, 'kr-west1', () => name).hash;
    expect(named('web-01')).toBe(named('web-01'));
    expect(named('web-02')).not.toBe(named('web-01'));
    expect(observeVolume({ ...volume, modified_at: 'x' }, 'kr-west1', () => 'web-01').hash).not.toBe(
      named('web-01'),
    );
  });

  it('keeps the volume’s snapshots by id, and hashes their ids only when it has some', () => {
    const plain = observeVolume(volume, 'kr-west1', () => 'web-01');
    expect(plain.snapshots).toEqual([]);
    // The hash a volume without snapshots had before snapshots were recorded.
    expect(
      observeVolume(
        volume,
        'kr-west1',
        () => 'web-01',
        () => [],
      ).hash,
    ).toBe(plain.hash);
    const two = [
      { id: 'snap-b', name: 'nightly', sizeGb: 50 },
      { id: 'snap-a', name: null, sizeGb: 100 },
    ];
    const withTwo = observeVolume(
      volume,
      'kr-west1',
      () => 'web-01',
      () => two,
    );
    expect(withTwo.snapshots?.map((snapshot) => snapshot.id)).toEqual(['snap-a', 'snap-b']);
    expect(withTwo.hash).not.toBe(plain.hash);
    expect(
      observeVolume(
        volume,
        'kr-west1',
        () => 'web-01',
        () => [...two].reverse(),
      ).hash,
    ).toBe(withTwo.hash);
    // One taken and one deleted: the same count and GB, another version all the same.
    const swapped = [two[0], { id: 'snap-c', name: null, sizeGb: 100 }] as typeof two;
    expect(
      observeVolume(
        volume,
        'kr-west1',
        () => 'web-01',
        () => swapped,
      ).hash,
    ).not.toBe(withTwo.hash);
  });
});

describe('helpers', () => {
  it('reads a zone-less date-time as UTC and anything else as null', () => {
    expect(parseInstant('2026-02-11T06:44:40')).toBe(Date.UTC(2026, 1, 11, 6, 44, 40));
    expect(parseInstant('yesterday')).toBeNull();
    expect(parseInstant(null)).toBeNull();
  });

  it('searches the name, id, server ids and names, lower-cased, one per line', () => {
    const seen = observeVolume(volume, 'kr-west1', () => 'Web-01');
    expect(searchText(seen)).toBe('db-data\nvol-1\nsrv-1\nweb-01');
  });
});
