import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { readAccount, type ReadCheckpoint, type ReadProgress } from './read-account.ts';
import type { FetchPage } from './walk-list.ts';

interface Row {
  id: string;
  name: string;
  state: string;
  size: number;
  bootable: boolean;
  created_at: string;
}

function rows(region: string, count: number, states = ['available', 'in-use']): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${region}-${String(index).padStart(5, '0')}`,
    name: `${region} ${index}`,
    state: states[index % states.length] as string,
    size: (index * 7) % 50,
    bootable: false,
    created_at: '2026-01-01T00:00:00Z',
  }));
}

const bySizeDesc = (a: Row, b: Row) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The proxy as the read meets it: one region's list per request (`region` is required, as a
 * read never asks for the merged list), sorted by size:desc then id, marker-paged.
 */
function fakeRegions(data: Record<string, Row[]>, failing: Record<string, number> = {}) {
  const calls: ListVolumesParams[] = [];
  const fetchPage: FetchPage = async (params) => {
    calls.push(params);
    const region = params.region ?? '';
    if ((failing[region] ?? 0) > 0) {
      failing[region] = (failing[region] ?? 0) - 1;
      throw new ApiError({
        kind: 'http',
        status: 500,
        code: 'X',
        message: `${region} is down`,
        requestId: 'r',
      });
    }
    const all = (data[region] ?? [])
      .filter((row) => !params.state || row.state === params.state)
      .sort(bySizeDesc);
    const start = params.marker === undefined ? 0 : all.findIndex((row) => row.id === params.marker) + 1;
    const volumes = structuredClone(all.slice(start, start + (params.limit ?? 20)));
    return params.with_count ? { count: all.length, volumes } : { volumes };
  };
  return { calls, fetchPage };
}

const noWait = { shouldRetry: (count: number) => count < 2, retryDelay: () => 0 };
const REGIONS = ['kr-west1', 'kr-east1'];

/** Ten volumes in each region, kr-east1's page failing its first `failures` tries. */
async function readWithEastFailing(failures: number) {
  const api = fakeRegions(
    { 'kr-west1': rows('kr-west1', 10), 'kr-east1': rows('kr-east1', 10) },
    { 'kr-east1': failures },
  );
  const read = await readAccount(
    { params: {}, regions: REGIONS, tagRegions: true },
    { fetchPage: api.fetchPage, retry: noWait },
  );
  return { api, read };
}

describe('readAccount', () => {
  it('reads each region on its own by marker, about a request per 1,000, merged in the table’s order', async () => {
    const data = { 'kr-west1': rows('kr-west1', 2100), 'kr-east1': rows('kr-east1', 1500) };
    const api = fakeRegions(data);
    const read = await readAccount(
      { params: { sort: 'size:desc', bootable: false }, regions: REGIONS, tagRegions: true },
      { fetchPage: api.fetchPage, now: () => 42 },
    );

    // 3 pages of kr-west1 and 2 of kr-east1: no merged list, no narrowing rounds.
    expect(api.calls).toHaveLength(5);
    expect(api.calls.every((call) => call.limit === 1000 && call.offset === undefined)).toBe(true);
    expect(api.calls.filter((call) => call.region === 'kr-east1').map((call) => call.marker)).toEqual([
      undefined,
      'kr-east1-' + String(data['kr-east1'].sort(bySizeDesc)[999]?.id.slice(-5)),
    ]);
    // Written independently: the union sorted by size desc, then region, then id.
    const union = [...data['kr-west1'], ...data['kr-east1']].sort(
      (a, b) =>
        b.size - a.size ||
        (a.id.startsWith('kr-east1') === b.id.startsWith('kr-east1')
          ? a.id < b.id
            ? -1
            : 1
          : a.id.startsWith('kr-east1')
            ? -1
            : 1),
    );
    expect(read.volumes.map((volume) => volume.id)).toEqual(union.map((row) => row.id));
    expect(
      read.volumes.every(
        (volume) => volume.region === (volume.id.startsWith('kr-east1') ? 'kr-east1' : 'kr-west1'),
      ),
    ).toBe(true);
    expect(read).toMatchObject({ total: 3600, missing: [], regions: REGIONS, readAt: 42 });
    expect(read.raw).toHaveLength(3600);
  });

  it('reads a state group as one list per state and region, as the proxy would merge it', async () => {
    const states = ['error', 'error_deleting', 'available'];
    const api = fakeRegions({
      'kr-west1': rows('kr-west1', 30, states),
      'kr-east1': rows('kr-east1', 30, states),
    });
    const read = await readAccount(
      { params: { state_group: 'errors' }, regions: REGIONS, tagRegions: true },
      { fetchPage: api.fetchPage },
    );

    expect(read.volumes).toHaveLength(40);
    expect(read.volumes.every((volume) => volume.state.startsWith('error'))).toBe(true);
    expect(api.calls.every((call) => call.state_group === undefined && call.state?.startsWith('error'))).toBe(
      true,
    );
    expect(new Set(api.calls.map((call) => `${call.region}/${call.state}`)).size).toBe(api.calls.length);
  });

  it('leaves out a region that still fails after its retries, names it, and keeps the others', async () => {
    const { api, read } = await readWithEastFailing(99);

    expect(read.volumes.map((volume) => volume.region)).toEqual(Array(10).fill('kr-west1'));
    expect(read.total).toBe(10);
    expect(read.missing).toEqual([
      { region: 'kr-east1', status: 500, code: 'X', message: 'kr-east1 is down', requestId: 'r' },
    ]);
    // The first try and its two retries.
    expect(api.calls.filter((call) => call.region === 'kr-east1')).toHaveLength(3);
  });

  it('recovers a region whose page fails only once: a transient failure is not a partial answer', async () => {
    const { read } = await readWithEastFailing(1);
    expect(read.missing).toEqual([]);
    expect(read.volumes).toHaveLength(20);
  });

  it('fails when every region fails', async () => {
    const api = fakeRegions({}, { 'kr-west1': 99, 'kr-east1': 99 });
    await expect(
      readAccount({ params: {}, regions: REGIONS, tagRegions: true }, { fetchPage: api.fetchPage }),
    ).rejects.toMatchObject({ status: 500 });
  });

  it('resumed with its checkpoint, asks only for what is missing', async () => {
    const api = fakeRegions(
      { 'kr-west1': rows('kr-west1', 1200), 'kr-east1': rows('kr-east1', 1200) },
      { 'kr-east1': 1 },
    );
    const checkpoint: ReadCheckpoint = new Map();
    const plan = { params: {}, regions: REGIONS, tagRegions: true };
    const first = await readAccount(plan, { fetchPage: api.fetchPage, checkpoint });
    expect(first.missing.map((failure) => failure.region)).toEqual(['kr-east1']);
    api.calls.length = 0;

    const second = await readAccount(plan, { fetchPage: api.fetchPage, checkpoint });
    expect(second.missing).toEqual([]);
    expect(second.volumes).toHaveLength(2400);
    expect(api.calls.map((call) => call.region)).toEqual(['kr-east1', 'kr-east1']);
  });

  it('leaves items untagged when the account has one region, as the table shows them', async () => {
    const api = fakeRegions({ 'kr-west1': rows('kr-west1', 3) });
    const read = await readAccount({ params: {}, regions: ['kr-west1'], tagRegions: false }, api);
    expect(read.volumes.every((volume) => volume.region === undefined)).toBe(true);
  });

  it('reports progress, with a total once every list has answered with its count', async () => {
    const api = fakeRegions({ 'kr-west1': rows('kr-west1', 1500), 'kr-east1': rows('kr-east1', 500) });
    const progress: ReadProgress[] = [];
    await readAccount(
      { params: {}, regions: REGIONS, tagRegions: true },
      { fetchPage: api.fetchPage, onProgress: (p) => progress.push(p) },
    );
    expect(progress.at(-1)).toEqual({ loaded: 2000, total: 2000 });
    expect(progress.every((p) => p.total === null || p.total === 2000)).toBe(true);
  });
});
