import { beforeAll, describe, expect, it } from 'vitest';
import { SORT_KEYS } from '../scp/sort-terms.ts';
import type { Volume } from '../scp/volume-schema.ts';
import { KNOWN_STATES } from '../scp/volume-states.ts';
import { serveForSuite } from '../test/node/simulator-client.ts';

interface Page {
  count?: number;
  volumes: Volume[];
}

const api = serveForSuite();
let all: Volume[];
beforeAll(async () => {
  all = (await api.ok<Page>('/v1/volumes?limit=1000&offset=0')).volumes.concat(
    (await api.ok<Page>('/v1/volumes?limit=1000&offset=1000')).volumes,
  );
});

const ids = (volumes: readonly Volume[]) => volumes.map((volume) => volume.id);

async function walkByOffset(query: string, limit: number): Promise<Volume[]> {
  const out: Volume[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await api.ok<Page>(`/v1/volumes?${query}&limit=${limit}&offset=${offset}`);
    out.push(...page.volumes);
    if (page.volumes.length < limit) return out;
  }
}

async function walkByMarker(query: string, limit: number): Promise<Volume[]> {
  const out: Volume[] = [];
  for (let marker = ''; ;) {
    const page = await api.ok<Page>(`/v1/volumes?${query}&limit=${limit}${marker && `&marker=${marker}`}`);
    out.push(...page.volumes);
    const last = page.volumes.at(-1);
    if (!last || page.volumes.length < limit) return out;
    marker = last.id;
  }
}

/** The reference order: compare the API's own field values, then the id. */
function expectSorted(volumes: readonly Volume[], terms: [keyof Volume, 'asc' | 'desc'][]) {
  const value = (volume: Volume, key: keyof Volume) => {
    const raw = volume[key];
    if (key === 'created_at' || key === 'modified_at') return typeof raw === 'string' ? Date.parse(raw) : -1;
    if (typeof raw === 'boolean') return raw ? 1 : 0;
    return raw ?? null;
  };
  for (let i = 1; i < volumes.length; i++) {
    const [a, b] = [volumes[i - 1] as Volume, volumes[i] as Volume];
    let order = 0;
    for (const [key, direction] of terms) {
      const [x, y] = [value(a, key), value(b, key)];
      if (x === y) continue;
      const less = x === null || (y !== null && (x as number | string) < (y as number | string));
      order = (less ? -1 : 1) * (direction === 'asc' ? 1 : -1);
      break;
    }
    if (order === 0) order = a.id < b.id ? -1 : 1;
    expect(order, `${a.id} before ${b.id}`).toBe(-1);
  }
}

describe('ListVolumes paging', () => {
  it('pages 20 at a time by default, newest first, and counts every volume', async () => {
    const page = await api.ok<Page>('/v1/volumes');
    expect(page.count).toBe(1234);
    expect(page.volumes).toHaveLength(20);
    expectSorted(page.volumes, [['created_at', 'desc']]);
    expect(all).toHaveLength(1234);
    expect(new Set(ids(all)).size).toBe(1234);
  });

  it('leaves count out when with_count is false, in either spelling', async () => {
    for (const value of ['false', 'False']) {
      const page = await api.ok<Page>(`/v1/volumes?with_count=${value}&limit=3`);
      expect(page).not.toHaveProperty('count');
      expect(page.volumes).toHaveLength(3);
    }
    expect((await api.ok<Page>('/v1/volumes?with_count=True&limit=0')).count).toBe(1234);
  });

  it.each([
    ['default order', ''],
    ['name:asc', 'sort=name:asc'],
    ['size:desc,created_at:asc', 'sort=size:desc,created_at:asc'],
    ['state,bootable (desc by default)', 'sort=state,bootable'],
    ['modified_at:asc with a filter', 'sort=modified_at:asc&state=in-use'],
    ['volume_type:asc with two filters', 'sort=volume_type:asc&bootable=true&state=available'],
  ])('walks the same sequence by offset and by marker (%s), count = total', async (_label, query) => {
    const first = await api.ok<Page>(`/v1/volumes?${query}&limit=1`);
    const byOffset = await walkByOffset(query, 97);
    const byMarker = await walkByMarker(query, 97);
    expect(ids(byMarker)).toEqual(ids(byOffset));
    expect(byOffset).toHaveLength(first.count ?? -1);
    expect(new Set(ids(byOffset)).size).toBe(byOffset.length);
  });

  it('takes limit 0 to 1000: 0 gives an empty page with the count, 1000 a full page', async () => {
    const empty = await api.ok<Page>('/v1/volumes?limit=0');
    expect(empty).toEqual({ count: 1234, volumes: [] });
    expect((await api.ok<Page>('/v1/volumes?limit=1000')).volumes).toHaveLength(1000);
  });

  it('answers an empty page past the end, still counting every match', async () => {
    expect(await api.ok<Page>('/v1/volumes?offset=5000')).toEqual({ count: 1234, volumes: [] });
    const last = all.at(-1) as Volume;
    expect(await api.ok<Page>(`/v1/volumes?marker=${last.id}`)).toEqual({ count: 1234, volumes: [] });
  });

  it('skips offset matches after the marker', async () => {
    const sorted = (await api.ok<Page>('/v1/volumes?sort=name:asc&limit=60')).volumes;
    const marker = (sorted[9] as Volume).id;
    const page = await api.ok<Page>(`/v1/volumes?sort=name:asc&marker=${marker}&offset=5&limit=10`);
    expect(ids(page.volumes)).toEqual(ids(sorted.slice(15, 25)));
  });

  it('continues after a marker that the filters exclude, in the same sort', async () => {
    const sorted = (await api.ok<Page>('/v1/volumes?sort=size:asc&limit=1000')).volumes;
    const markerIndex = sorted.findIndex((volume) => volume.state !== 'available');
    const marker = sorted[markerIndex] as Volume;
    const page = await api.ok<Page>(`/v1/volumes?sort=size:asc&state=available&marker=${marker.id}&limit=5`);
    const expected = sorted.slice(markerIndex + 1).filter((volume) => volume.state === 'available');
    expect(ids(page.volumes)).toEqual(ids(expected.slice(0, 5)));
  });

  it('ignores unknown parameters, as the live API does', async () => {
    const page = await api.ok<Page>('/v1/volumes?limit=4&colour=blue&details=1&sort_dir=asc');
    expect(ids(page.volumes)).toEqual(ids((await api.ok<Page>('/v1/volumes?limit=4')).volumes));
  });
});

describe('ListVolumes sorting', () => {
  it.each(
    SORT_KEYS.flatMap((key) => (['asc', 'desc'] as const).map((direction) => [key, direction] as const)),
  )('sorts exactly by %s:%s, ties by id', async (key, direction) => {
    const volumes = await walkByOffset(`sort=${key}:${direction}`, 1000);
    expect(volumes).toHaveLength(1234);
    expectSorted(volumes, [[key, direction]]);
  });

  it('sorts by several keys in turn', async () => {
    const volumes = await walkByOffset('sort=bootable:desc,state:asc,size:desc', 1000);
    expectSorted(volumes, [
      ['bootable', 'desc'],
      ['state', 'asc'],
      ['size', 'desc'],
    ]);
  });

  it('sorts descending when a key has no direction (Cinder default)', async () => {
    const bare = await api.ok<Page>('/v1/volumes?sort=size&limit=50');
    const desc = await api.ok<Page>('/v1/volumes?sort=size:desc&limit=50');
    expect(ids(bare.volumes)).toEqual(ids(desc.volumes));
  });
});

describe('ListVolumes filters', () => {
  const cases: [string, (volume: Volume) => boolean][] = [
    ...KNOWN_STATES.map((state): [string, (volume: Volume) => boolean] => [
      `state=${state}`,
      (volume) => volume.state === state,
    ]),
    ['bootable=true', (volume) => volume.bootable],
    ['bootable=False', (volume) => !volume.bootable],
    ['state=error&bootable=true', (volume) => volume.state === 'error' && volume.bootable],
    ['state=in-use&bootable=false', (volume) => volume.state === 'in-use' && !volume.bootable],
  ];

  it.each(cases)('matches exactly: %s', async (query, predicate) => {
    const expected = all.filter(predicate);
    expect(expected.length).toBeGreaterThan(0);
    const page = await api.ok<Page>(`/v1/volumes?${query}&limit=1000`);
    expect(page.count).toBe(expected.length);
    expect(new Set(ids(page.volumes))).toEqual(new Set(ids(expected)));
  });

  it('matches names exactly: case, prefixes and Korean included', async () => {
    const named = all.filter((volume) => volume.name && /[가-힣]/.test(volume.name));
    const target = (named[0] as Volume).name as string;
    const page = await api.ok<Page>(`/v1/volumes?name=${encodeURIComponent(target)}&limit=1000`);
    expect(page.volumes.length).toBeGreaterThan(0);
    expect(page.volumes.every((volume) => volume.name === target)).toBe(true);
    expect(page.count).toBe(all.filter((volume) => volume.name === target).length);
    expect((await api.ok<Page>(`/v1/volumes?name=${encodeURIComponent(target.slice(0, -1))}`)).count).toBe(
      all.filter((volume) => volume.name === target.slice(0, -1)).length,
    );
    expect((await api.ok<Page>(`/v1/volumes?name=${encodeURIComponent(target.toUpperCase())}X`)).count).toBe(
      0,
    );
  });

  it('finds the volume whose name is markup, by its exact name', async () => {
    const page = await api.ok<Page>(`/v1/volumes?name=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(page.count).toBe(1);
  });

  it('answers no match with an empty page and count 0', async () => {
    expect(await api.ok<Page>('/v1/volumes?state=no-such-state')).toEqual({ count: 0, volumes: [] });
  });
});
