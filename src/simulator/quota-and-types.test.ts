import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../scp/snapshot-schema.ts';
import type { VolumeQuotaSet } from '../scp/volume-quota-schema.ts';
import { allowsMultiattach } from '../scp/multiattach.ts';
import type { VolumeType } from '../scp/volume-type-schema.ts';
import type { Volume } from '../scp/volume-schema.ts';
import { serve, serveForSuite, TEST_NOW, type TestSimulator } from '../test/node/simulator-client.ts';

async function every<T>(api: TestSimulator, path: string, key: string): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = (await api.ok<Record<string, T[]>>(`${path}?limit=1000&offset=${offset}`))[key] ?? [];
    all.push(...page);
    if (page.length < 1000) return all;
  }
}

const share = ({ in_use, limit }: { in_use: number; limit: number }) => in_use / limit;

describe('ShowVolumeQuotaSet', () => {
  const west = serveForSuite();
  const east = serveForSuite({ region: 'kr-east1', volumeCount: 300 });

  it.each(['kr-west1', 'kr-east1'])(
    'counts in use exactly what the lists show: volumes, snapshots, and the GB of both (%s)',
    async (region) => {
      const api = region === 'kr-west1' ? west : east;
      const quota = await api.ok<VolumeQuotaSet>('/v1/volumes/quota-sets');
      const volumes = await every<Volume>(api, '/v1/volumes', 'volumes');
      const snapshots = await every<Snapshot>(api, '/v1/snapshots', 'snapshots');
      const count = (await api.ok<{ count: number }>('/v1/volumes?limit=0')).count;
      expect(quota.volumes.in_use).toBe(count);
      expect(quota.volumes.in_use).toBe(volumes.length);
      expect(quota.snapshots.in_use).toBe(snapshots.length);
      const gigabytes = [...volumes, ...snapshots].reduce((sum, item) => sum + item.size, 0);
      expect(quota.usages.in_use).toBe(gigabytes);
      expect(quota.id).toMatch(/^[0-9a-f]{32}$/);
      for (const part of [quota.volumes, quota.snapshots, quota.usages, quota.per_volume_size])
        expect(part.reserved).toBe(0);
      expect(quota.per_volume_size).toEqual({ in_use: 0, limit: 16384, reserved: 0 });
    },
  );

  it('routes the literal path before the volume id it looks like, and that id to ShowVolume', async () => {
    expect(await west.ok('/v1/volumes/quota-sets')).toMatchObject({ volumes: expect.any(Object) });
    const lookalike = await west.get('/v1/volumes/quota-set');
    expect(lookalike.status).toBe(404);
    expect(lookalike.json).toMatchObject({ errors: [{ detail: 'Volume quota-set could not be found.' }] });
    const type = await west.get('/v1/volume-types/defaults');
    expect(type.json).toMatchObject({ errors: [{ detail: 'Volume type defaults could not be found.' }] });
  });

  it('sets limits that give each region its own story: near the limits, roomy, unlimited', async () => {
    const westQuota = await west.ok<VolumeQuotaSet>('/v1/volumes/quota-sets');
    expect(share(westQuota.volumes)).toBeGreaterThanOrEqual(0.8);
    expect(share(westQuota.volumes)).toBeLessThan(0.95);
    expect(share(westQuota.usages)).toBeGreaterThanOrEqual(0.95);
    expect(westQuota.snapshots.limit).toBe(-1);
    const eastQuota = await east.ok<VolumeQuotaSet>('/v1/volumes/quota-sets');
    expect(share(eastQuota.volumes)).toBeLessThan(0.8);
    expect(share(eastQuota.snapshots)).toBeGreaterThanOrEqual(0.8);
    expect(eastQuota.usages.limit).toBe(-1);
  });
});

describe('churn and the snapshots', () => {
  it('takes and deletes snapshots over time, the quota following and never exceeded', async () => {
    let now = TEST_NOW;
    const api = await serve({ churn: true, volumeCount: 400 }, { now: () => now });
    try {
      const first = await every<Snapshot>(api, '/v1/snapshots', 'snapshots');
      const seen = new Set(first.map((snapshot) => snapshot.id));
      let created = 0;
      for (let step = 0; step < 30; step++) {
        now += 20_000;
        const quota = await api.ok<VolumeQuotaSet>('/v1/volumes/quota-sets');
        const snapshots = await every<Snapshot>(api, '/v1/snapshots', 'snapshots');
        expect(quota.snapshots.in_use).toBe(snapshots.length);
        expect(quota.usages.limit === -1 || quota.usages.in_use <= quota.usages.limit).toBe(true);
        for (const snapshot of snapshots) {
          if (seen.has(snapshot.id)) continue;
          created++;
          seen.add(snapshot.id);
        }
      }
      const last = await every<Snapshot>(api, '/v1/snapshots', 'snapshots');
      expect(created).toBeGreaterThan(10);
      expect(first.filter((snapshot) => !last.some((s) => s.id === snapshot.id)).length).toBeGreaterThan(10);
      // Ten minutes on, nothing is left mid-operation but what churn started in the last minutes.
      const stuck = last.filter(
        (s) =>
          ['creating', 'deleting', 'backing-up', 'restoring', 'unmanaging'].includes(s.status ?? '') &&
          Date.parse(s.updated_at ?? s.created_at) < now - 5 * 60_000,
      );
      expect(stuck).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

describe('ListVolumeTypes, ShowDefaultVolumeType and ShowVolumeType', () => {
  const api = serveForSuite();
  let types: VolumeType[];
  beforeAll(async () => {
    types = (await api.ok<{ volume_types: VolumeType[] }>('/v1/volume-types')).volume_types;
  });

  it('names every type the volumes carry, with its id, a description and multiattach where it applies', async () => {
    const volumes = await every<Volume>(api, '/v1/volumes', 'volumes');
    const byName = new Map(types.map((type) => [type.name, type]));
    for (const volume of volumes) {
      const type = byName.get(volume.volume_type);
      expect(type?.id, volume.volume_type ?? '').toBe(volume.volume_type_id);
      expect(type && allowsMultiattach(type.extra_specs)).toBe(volume.multiattach);
    }
    expect(types.map((type) => type.name)).toEqual(['HDD', 'HDD_KMS', 'SSD', 'SSD_KMS', 'SSD_MultiAttach']);
    expect(types.every((type) => (type.description ?? '').length > 20)).toBe(true);
    expect(types.find((type) => type.name === 'SSD_MultiAttach')?.extra_specs).toEqual({
      multiattach: '<is> True',
    });
  });

  it('shows the default type (SSD) and each type by id; 404 for an unknown id', async () => {
    expect(await api.ok('/v1/volume-types/default')).toEqual(types.find((type) => type.name === 'SSD'));
    for (const type of types) expect(await api.ok(`/v1/volume-types/${type.id}`)).toEqual(type);
    const answer = await api.get('/v1/volume-types/no-such-type');
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({
      errors: [{ code: 'NotFound', detail: 'Volume type no-such-type could not be found.' }],
    });
  });

  it('pages and sorts the list, and refuses what it cannot read', async () => {
    const names = async (query: string) =>
      (await api.ok<{ volume_types: VolumeType[] }>(`/v1/volume-types?${query}`)).volume_types.map(
        (t) => t.name,
      );
    expect(await names('sort=name:desc&limit=2&offset=1')).toEqual(['SSD_KMS', 'SSD']);
    expect(await names(`marker=${types[1]?.id ?? ''}&limit=2`)).toEqual(['SSD', 'SSD_KMS']);
    for (const query of ['limit=1001', 'offset=-1', 'sort=size', 'sort=name:up', 'marker=nope'])
      expect((await api.get(`/v1/volume-types?${query}`)).status, query).toBe(400);
  });
});
