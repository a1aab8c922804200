import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../scp/endpoints.ts';
import { isPagingParam } from '../scp/list-query.ts';
import { type CallRegion, mergedVolumeList } from './merged-volumes.ts';
import { planRegions } from './region-plan.ts';
import { routeRequest } from './route.ts';

const REGIONS = ['kr-west1', 'kr-east1'];

/** A value each documented parameter accepts; any other (a filter added later) takes any text. */
const SAMPLES: Readonly<Record<string, string>> = {
  sort: 'size:asc,name:desc',
  state: 'in-use',
  bootable: 'true',
  name: "data 'a'(1)",
};
const sample = (name: string): string => SAMPLES[name] ?? `probe ${name}`;

/** The queries each region was asked, decoded, when the proxy merges `rawUrl` across regions. */
async function upstreamQueries(rawUrl: string): Promise<URLSearchParams[]> {
  const route = routeRequest('GET', rawUrl);
  if (route.kind !== 'forward') throw new Error(`not forwarded: ${JSON.stringify(route)}`);
  const plan = planRegions({ ...route, regions: REGIONS });
  if (plan.kind !== 'merge') throw new Error(`not merged: ${JSON.stringify(plan)}`);
  const asked: URLSearchParams[] = [];
  const call: CallRegion = async (_region, path) => {
    asked.push(new URLSearchParams(path.split('?')[1]));
    return { status: 200, body: Buffer.from('{"count":0,"volumes":[]}'), contentType: 'application/json' };
  };
  const result = await mergedVolumeList(plan.request, call);
  expect(result.ok).toBe(true);
  return asked;
}

// Read from the route table, so a filter added there is covered here without a new test.
const FILTERS = ENDPOINTS.listVolumes.query.filter((name) => !isPagingParam(name));

describe('a list merged across regions', () => {
  it('has filters to forward (the route table is read, not an empty list)', () => {
    expect(FILTERS).toEqual(expect.arrayContaining(['name', 'state', 'bootable', 'sort']));
  });

  it.each(FILTERS)('forwards "%s" to every region, unchanged', async (name) => {
    const value = sample(name);
    const query = new URLSearchParams({ region: 'all', [name]: value }).toString();
    const asked = await upstreamQueries(`/api/v1/volumes?${query}`);
    expect(asked).toHaveLength(REGIONS.length);
    for (const params of asked) expect(params.get(name)).toBe(value);
  });

  it('forwards every filter at once, in the route table’s order, and pages the union itself', async () => {
    const given = FILTERS.map((name): [string, string] => [name, sample(name)]);
    const query = new URLSearchParams([...given, ['limit', '5'], ['offset', '10']]).toString();
    const asked = await upstreamQueries(`/api/v1/volumes?${query}`);
    for (const params of asked) {
      expect([...params].filter(([key]) => !isPagingParam(key))).toEqual(given);
      // The merge asks each region for the window that can hold the page, counted.
      expect(params.get('with_count')).toBe('true');
      expect(params.has('limit') && params.has('offset')).toBe(true);
    }
  });

  it('forwards the filters with each state of a group as well', async () => {
    const given = FILTERS.filter((name) => name !== 'state').map((name): [string, string] => [
      name,
      sample(name),
    ]);
    const query = new URLSearchParams([...given, ['state_group', 'errors'], ['region', 'kr-west1']]);
    const asked = await upstreamQueries(`/api/v1/volumes?${query.toString()}`);
    expect(asked.length).toBeGreaterThan(1);
    for (const params of asked) {
      for (const [name, value] of given) expect(params.get(name)).toBe(value);
      expect(params.get('state')).toMatch(/^error/);
    }
  });
});
