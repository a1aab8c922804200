import { describe, expect, it } from 'vitest';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { localPage } from './local-page.ts';

describe('localPage', () => {
  it('orders as the API does: code units, nulls first ascending, ties by id', () => {
    const volumes = [
      makeVolume({ name: 'beta' }),
      makeVolume({ name: 'Beta' }),
      makeVolume({ name: null }),
      makeVolume({ name: 'alpha' }),
      makeVolume({ name: 'beta' }),
    ];
    const page = localPage(volumes, { sort: 'name:asc', page: 1, perPage: 10 });
    // 'B' (66) sorts before 'a' (97) by code unit; localeCompare would not.
    expect(page.volumes.map((volume) => volume.name)).toEqual([null, 'Beta', 'alpha', 'beta', 'beta']);
    const betas = page.volumes.filter((volume) => volume.name === 'beta');
    expect(betas.map((volume) => volume.id)).toEqual([volumes[0]?.id, volumes[4]?.id]);
  });

  it('uses the API’s default order (newest first) without a sort, and pages the matches', () => {
    const volumes = [1, 2, 3].map((day) =>
      makeVolume({ name: `x-${day}`, created_at: `2026-01-0${day}T00:00:00Z` }),
    );
    const page = localPage(volumes, { sort: undefined, page: 2, perPage: 2 });
    expect(page.count).toBe(3);
    expect(page.volumes.map((volume) => volume.name)).toEqual(['x-1']);
  });

  it('breaks ties across regions by region, then id, as the all-regions list does', () => {
    const west = makeVolume({ size: 10, region: 'kr-west1' });
    const east = makeVolume({ size: 10, region: 'kr-east1' });
    // west's id sorts first, but kr-east1 comes before kr-west1.
    const page = localPage([west, east], { sort: 'size:desc', page: 1, perPage: 5 });
    expect(west.id < east.id).toBe(true);
    expect(page.volumes).toEqual([east, west]);
  });
});
