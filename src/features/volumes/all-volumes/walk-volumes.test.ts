import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { newCheckpoint, walkVolumes, type FetchPage, type WalkProgress } from './walk-volumes.ts';

function volume(index: number): Record<string, unknown> {
  return {
    id: `vol-${String(index).padStart(6, '0')}`,
    name: `volume ${index}`,
    state: 'available',
    size: 10,
    bootable: false,
    created_at: '2026-01-01T00:00:00Z',
  };
}

/** A keyset-paging fake of ListVolumes over `items`, recording every request. */
function fakeApi(items: unknown[]) {
  const calls: ListVolumesParams[] = [];
  const fetchPage: FetchPage = async (params) => {
    calls.push(params);
    const ids = items.map((item) => (item as { id?: unknown }).id);
    const start = params.offset ?? (params.marker === undefined ? 0 : ids.indexOf(params.marker) + 1);
    const page = items.slice(start, start + (params.limit ?? 20));
    return params.with_count ? { count: items.length, volumes: page } : { volumes: page };
  };
  return { calls, fetchPage };
}

const unavailable = new ApiError({ kind: 'http', status: 503, message: 'Service Unavailable' });

/** The fake answering 503 to the page after `marker`, the first `times` it is asked for. */
function failingAfter(api: ReturnType<typeof fakeApi>, marker: string, times = Infinity): FetchPage {
  let failures = times;
  return async (params, signal) => {
    if (params.marker === marker && failures-- > 0) throw unavailable;
    return api.fetchPage(params, signal);
  };
}

const many = (count: number): unknown[] => Array.from({ length: count }, (_, index) => volume(index));

describe('walkVolumes', () => {
  it('walks every page with limit 1000, counting only on the first request', async () => {
    const api = fakeApi(many(2345));
    const progress: WalkProgress[] = [];
    const result = await walkVolumes(
      { state: 'available', sort: 'name:asc' },
      { fetchPage: api.fetchPage, onProgress: (p) => progress.push(p) },
    );

    expect(result.total).toBe(2345);
    expect(result.volumes).toHaveLength(2345);
    expect(result.raw).toHaveLength(2345);
    expect(api.calls).toEqual([
      { state: 'available', sort: 'name:asc', limit: 1000, with_count: true },
      { state: 'available', sort: 'name:asc', limit: 1000, with_count: false, marker: 'vol-000999' },
      { state: 'available', sort: 'name:asc', limit: 1000, with_count: false, marker: 'vol-001999' },
    ]);
    expect(progress).toEqual([
      { loaded: 1000, total: 2345 },
      { loaded: 2000, total: 2345 },
      { loaded: 2345, total: 2345 },
    ]);
  });

  it('pages a list of several regions (entries name their region) by offset, not marker', async () => {
    const regional = Array.from({ length: 2345 }, (_, index) => ({
      ...volume(index),
      id: `vol-${String(index).padStart(6, '0')}`,
      region: index % 2 ? 'kr-east1' : 'kr-west1',
    }));
    const api = fakeApi(regional);
    const result = await walkVolumes({ sort: 'size:desc' }, { fetchPage: api.fetchPage });

    expect(result.volumes.map((item) => item.id)).toEqual(regional.map((item) => item.id));
    expect(api.calls).toEqual([
      { sort: 'size:desc', limit: 1000, with_count: true },
      { sort: 'size:desc', limit: 1000, with_count: false, offset: 1000 },
      { sort: 'size:desc', limit: 1000, with_count: false, offset: 2000 },
    ]);
  });

  it('stops on an empty page when the total is an exact multiple of 1000', async () => {
    const api = fakeApi(many(2000));
    const result = await walkVolumes({}, { fetchPage: api.fetchPage });

    expect(result.volumes).toHaveLength(2000);
    expect(api.calls).toHaveLength(3);
    expect(api.calls[2]?.marker).toBe('vol-001999');
  });

  it('makes one request when everything fits on the first page', async () => {
    const api = fakeApi(many(3));
    const result = await walkVolumes({}, { fetchPage: api.fetchPage });

    expect(result).toMatchObject({ total: 3, invalid: [] });
    expect(api.calls).toHaveLength(1);
  });

  it('drops paging parameters the caller left in', async () => {
    const api = fakeApi(many(1));
    await walkVolumes({ limit: 20, offset: 40, marker: 'x', with_count: false, name: 'a' }, api);

    expect(api.calls).toEqual([{ name: 'a', limit: 1000, with_count: true }]);
  });

  it('keeps malformed items in raw order, counts them, and pages past them', async () => {
    const items = many(1001);
    items[999] = { id: 'vol-000999', name: 'no size or state' };
    items[1000] = 'not even an object';
    const api = fakeApi(items);
    const result = await walkVolumes({}, { fetchPage: api.fetchPage });

    expect(api.calls[1]?.marker).toBe('vol-000999');
    expect(result.volumes).toHaveLength(999);
    expect(result.invalid.map((item) => item.id)).toEqual(['vol-000999', null]);
    expect(result.raw).toHaveLength(1001);
    expect(result.raw[999]).toEqual({ id: 'vol-000999', name: 'no size or state' });
    expect(result.raw[1000]).toBe('not even an object');
  });

  it('keeps unknown fields as received', async () => {
    const api = fakeApi([{ ...volume(1), zone: 'kr-west1-a', future_field: { a: 1 } }]);
    const result = await walkVolumes({}, { fetchPage: api.fetchPage });

    expect(result.raw[0]).toMatchObject({ future_field: { a: 1 } });
  });

  it('reports a null total when the API sends no count', async () => {
    const progress: WalkProgress[] = [];
    await walkVolumes(
      {},
      { fetchPage: async () => ({ volumes: [volume(1)] }), onProgress: (p) => progress.push(p) },
    );

    expect(progress).toEqual([{ loaded: 1, total: null }]);
  });

  it('fails instead of looping when the API ignores the marker', async () => {
    const page = many(1000);
    const fetchPage = vi.fn<FetchPage>(async () => ({ count: 5000, volumes: page }));
    const walk = walkVolumes({}, { fetchPage });

    await expect(walk).rejects.toBeInstanceOf(ApiError);
    await expect(walk).rejects.toThrow(/marker vol-000999/);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('fails when a full page ends with an item that has no id', async () => {
    const items = many(1000);
    items[999] = { name: 'anonymous' };
    await expect(walkVolumes({}, fakeApi(items))).rejects.toThrow(/no id/);
  });

  it('fails with an ApiError when the envelope is not a volume list', async () => {
    const walk = walkVolumes({}, { fetchPage: async () => ({ servers: [] }) });
    await expect(walk).rejects.toMatchObject({ name: 'ApiError', kind: 'invalid-response' });
  });

  it('passes an error mid-way through and reports no further progress', async () => {
    const api = fakeApi(many(3000));
    const onProgress = vi.fn();
    const fetchPage = failingAfter(api, 'vol-000999');

    await expect(walkVolumes({}, { fetchPage, onProgress })).rejects.toBe(unavailable);
    expect(onProgress).toHaveBeenCalledTimes(1);
  });

  it('retries each page with the policy it is given, waiting the delay it names', async () => {
    const api = fakeApi(many(2500));
    const fetchPage = failingAfter(api, 'vol-000999', 2);
    const retryDelay = vi.fn((_failureCount: number, _error: unknown) => 0);

    const result = await walkVolumes(
      {},
      { fetchPage, retry: { shouldRetry: (count) => count < 2, retryDelay } },
    );

    expect(result.raw).toHaveLength(2500);
    expect(retryDelay.mock.calls.map(([failureCount]) => failureCount)).toEqual([0, 1]);
  });

  it('resumes from its checkpoint at the page that failed, keeping what arrived', async () => {
    const api = fakeApi(many(3500));
    const fetchPage = failingAfter(api, 'vol-001999', 1);
    const checkpoint = newCheckpoint();

    await expect(walkVolumes({}, { fetchPage, checkpoint })).rejects.toBe(unavailable);
    expect(checkpoint.result.raw).toHaveLength(2000);
    expect(checkpoint.marker).toBe('vol-001999');

    const result = await walkVolumes({}, { fetchPage, checkpoint });
    expect(result.total).toBe(3500);
    expect(result.raw).toEqual(many(3500));
    expect(api.calls.map((call) => call.marker)).toEqual([
      undefined,
      'vol-000999',
      'vol-001999',
      'vol-002999',
    ]);
  });

  it('passes the signal to every request and stops when it aborts', async () => {
    const api = fakeApi(many(5000));
    const controller = new AbortController();
    const signals: (AbortSignal | undefined)[] = [];
    const fetchPage: FetchPage = async (params, signal) => {
      signals.push(signal);
      if (params.marker === 'vol-001999') controller.abort();
      return api.fetchPage(params, signal);
    };

    const walk = walkVolumes({}, { fetchPage, signal: controller.signal });
    await expect(walk).rejects.toMatchObject({ name: 'AbortError' });
    expect(signals).toEqual([controller.signal, controller.signal, controller.signal]);
  });

  it('reports the abort, not the transport error it caused', async () => {
    const controller = new AbortController();
    const fetchPage: FetchPage = async () => {
      controller.abort();
      throw new ApiError({ kind: 'unknown', message: 'This operation was aborted' });
    };
    await expect(walkVolumes({}, { fetchPage, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('does not start when the signal is already aborted', async () => {
    const fetchPage = vi.fn<FetchPage>();
    await expect(walkVolumes({}, { fetchPage, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(fetchPage).not.toHaveBeenCalled();
  });
});
