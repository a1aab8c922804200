import { describe, expect, it } from 'vitest';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { localPage } from './local-page.ts';

const noNames = () => undefined;

describe('localPage', () => {
  it('orders as the API does: code units, nulls first ascending, ties by id', () => {
    const volumes = [
      makeVolume({ name: 'beta' }),
      makeVolume({ name: 'Beta' }),
      makeVolume({ name: null }),
      makeVolume({ name: 'alpha' }),
      makeVolume({ name: 'beta' }),
    ];
    const input = { term: '', sort: 'name:asc', page: 1, perPage: 10, nameOf: noNames };
    const names = localPage(volumes, input).volumes.map((volume) => volume.name);
    // 'B' (66) sorts before 'a' (97) by code unit; localeCompare would not.
    expect(names).toEqual([null, 'Beta', 'alpha', 'beta', 'beta']);
    const betas = localPage(volumes, { ...input, term: 'beta' }).volumes.filter(
      (volume) => volume.name === 'beta',
    );
    expect(betas.map((volume) => volume.id)).toEqual([volumes[0]?.id, volumes[4]?.id]);
  });

  it('uses the API’s default order (newest first) without a sort, and pages the matches', () => {
    const volumes = [1, 2, 3].map((day) =>
      makeVolume({ name: `x-${day}`, created_at: `2026-01-0${day}T00:00:00Z` }),
    );
    const page = localPage(volumes, { term: 'X-', sort: undefined, page: 2, perPage: 2, nameOf: noNames });
    expect(page.count).toBe(3);
    expect(page.volumes.map((volume) => volume.name)).toEqual(['x-1']);
  });

  it('matches attached servers by id or by name', () => {
    const byName = makeVolume({ name: 'a', servers: [{ id: 'srv-1', device: null }] });
    const byId = makeVolume({ name: 'b', servers: [{ id: 'srv-runner', device: null }] });
    const neither = makeVolume({ name: 'c' });
    const nameOf = (id: string) => (id === 'srv-1' ? 'Runner-01' : undefined);
    const page = localPage([byName, byId, neither], {
      term: 'RUNNER',
      sort: 'name:asc',
      page: 1,
      perPage: 5,
      nameOf,
    });
    expect(page.volumes).toEqual([byName, byId]);
  });
});
