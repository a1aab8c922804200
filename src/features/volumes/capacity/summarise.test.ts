import { describe, expect, it } from 'vitest';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { LARGEST_COUNT, summarise } from './summarise.ts';

const server = (id: string) => ({ id, device: '/dev/vdb' });

describe('summarise', () => {
  const volumes = [
    makeVolume({ name: 'free-ssd', state: 'available', size: 100, volume_type: 'SSD' }),
    makeVolume({ name: 'free-hdd', state: 'available', size: 50, volume_type: 'HDD', encrypted: true }),
    // Available yet listed with a server: attached all the same.
    makeVolume({ name: 'odd', state: 'available', size: 7, servers: [server('s-1')] }),
    makeVolume({
      name: 'shared',
      state: 'in-use',
      size: 300,
      volume_type: 'SSD',
      multiattach: true,
      servers: [server('s-1'), server('s-2')],
    }),
    makeVolume({ name: 'boot', state: 'in-use', size: 20, bootable: true, servers: [server('s-2')] }),
    makeVolume({ name: 'broken', state: 'error', size: 10, volume_type: null, encrypted: null }),
  ];
  const summary = summarise(volumes);

  it('totals count and GB', () => {
    expect(summary.total).toEqual({ count: 6, gigabytes: 487 });
  });

  it('counts as unattached every volume attached to no server, whatever its state', () => {
    // The error volume is detached too: counting state `available` alone said 2.
    expect(summary.unattached).toEqual({ count: 3, gigabytes: 160 });
    expect(summary.byState).toEqual([
      { key: 'in-use', count: 2, gigabytes: 320 },
      { key: 'available', count: 3, gigabytes: 157 },
      { key: 'error', count: 1, gigabytes: 10 },
    ]);
  });

  it('groups by region, the ones read without a region apart', () => {
    const regional = summarise([
      makeVolume({ size: 5, region: 'kr-east1' }),
      makeVolume({ size: 7, region: 'kr-west1' }),
      makeVolume({ size: 1, region: 'kr-east1' }),
    ]);
    expect(regional.byRegion).toEqual([
      { key: 'kr-west1', count: 1, gigabytes: 7 },
      { key: 'kr-east1', count: 2, gigabytes: 6 },
    ]);
    expect(summary.byRegion).toEqual([{ key: null, count: 6, gigabytes: 487 }]);
  });

  it('groups by type, largest first, a missing type as its own group', () => {
    expect(summary.byType).toEqual([
      { key: 'SSD', count: 4, gigabytes: 427 },
      { key: 'HDD', count: 1, gigabytes: 50 },
      { key: null, count: 1, gigabytes: 10 },
    ]);
  });

  it('splits bootable and encrypted, keeping an unreported flag apart', () => {
    expect(summary.bootable).toEqual({ yes: { count: 1, gigabytes: 20 }, no: { count: 5, gigabytes: 467 } });
    expect(summary.encrypted).toEqual({
      yes: { count: 1, gigabytes: 50 },
      no: { count: 4, gigabytes: 427 },
      unknown: { count: 1, gigabytes: 10 },
    });
  });

  it('lists the ten largest, ties by id', () => {
    const many = Array.from({ length: 15 }, (_, index) => makeVolume({ size: index % 5 }));
    const largest = summarise(many).largest;
    expect(largest).toHaveLength(LARGEST_COUNT);
    expect(largest.map((volume) => volume.size)).toEqual([4, 4, 4, 3, 3, 3, 2, 2, 2, 1]);
    const fours = largest.slice(0, 3).map((volume) => volume.id);
    expect(fours).toEqual([...fours].sort());
  });

  it('gives zeros for no volumes', () => {
    expect(summarise([])).toMatchObject({ total: { count: 0, gigabytes: 0 }, byState: [], largest: [] });
  });
});
