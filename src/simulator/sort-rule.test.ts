import { describe, expect, it } from 'vitest';
import { listVolumesPath } from '../scp/api-paths.ts';
import { parseView } from '../features/volumes/url-state/parse-view.ts';
import { pageParams } from '../features/volumes/url-state/view-params.ts';
import { planRegions } from '../proxy/region-plan.ts';
import { routeRequest } from '../proxy/route.ts';
import { serveForSuite } from '../test/node/simulator-client.ts';

/**
 * `sort=size` (no direction) read by each of the three that read it: the browser's URL, the
 * proxy (which sorts a merged list itself) and the simulator (SCP's stand-in). One rule,
 * scp/sort-terms.ts: a bare key sorts descending, as in OpenStack Cinder.
 */
const api = serveForSuite();

const ids = async (query: string): Promise<string[]> => {
  const response = await api.get(`/v1/volumes?${query}`);
  expect(response.status).toBe(200);
  return (response.json as { volumes: { id: string }[] }).volumes.map((volume) => volume.id);
};

describe('a sort key without a direction', () => {
  it('is descending in the URL, and the browser asks for exactly that', () => {
    const bare = parseView('?sort=size,name:asc').view;
    expect(bare.sort).toEqual([
      { key: 'size', direction: 'desc' },
      { key: 'name', direction: 'asc' },
    ]);
    expect(listVolumesPath(pageParams(bare))).toBe(
      listVolumesPath(pageParams(parseView('?sort=size:desc,name:asc').view)),
    );
  });

  it('is descending for the proxy, which orders a merged list itself', () => {
    const plan = (sort: string) => {
      const route = routeRequest('GET', `/api/v1/volumes?region=all&sort=${sort}`);
      if (route.kind !== 'forward') throw new Error(route.kind);
      return planRegions({ ...route, regions: ['kr-west1', 'kr-east1'] });
    };
    expect(plan('size')).toMatchObject({
      kind: 'merge',
      request: { sort: [{ key: 'size', direction: 'desc' }] },
    });
  });

  it('is descending in the simulator: the same list as size:desc, not size:asc', async () => {
    const bare = await ids('sort=size&limit=50');
    expect(bare).toEqual(await ids('sort=size:desc&limit=50'));
    expect(bare).not.toEqual(await ids('sort=size:asc&limit=50'));
  });
});
