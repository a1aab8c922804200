import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { isInvalid, newListWalk, walkList, type FetchPage } from './walk-list.ts';

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

/** A keyset-paging fake of one region's ListVolumes over `items`, recording every request. */
function fakeApi(items: unknown[]) {
  const calls: ListVolumesParams[] = [];
  const fetchPage: FetchPage = async (params) => {
    calls.push(params);
    const ids = items.map((item) => (item as { id?: unknown }).id);
    const start = params.marker === undefined ? 0 : ids.indexOf(params.marker) + 1;
    // A fresh copy per answer, as a parsed JSON body is.
    const page = structuredClone(items.slice(start, start + (params.limit ?? 20)));
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
const noWait = { shouldRetry: (count: number) => count < 2, retryDelay: () => 0 };

async function walk(params: ListVolumesParams, options: Parameters<typeof walkList>[2]) {
  const state = newListWalk();
  await walkList(params, state, options);
  return state;
}

describe('walkList', () => {
  it('walks every page with limit 1000 and the marker, counting only on the first request', async () => {
    const api = fakeApi(many(2345));
    const pages = vi.fn();
    const result = await walk(
      { state: 'available', sort: 'name:asc', region: 'kr-west1' },
      { fetchPage: api.fetchPage, onPage: pages },
    );

    expect(result.total).toBe(2345);
    expect(result.raw).toHaveLength(2345);
    expect(result.items).toHaveLength(2345);
    const base = { state: 'available', sort: 'name:asc', region: 'kr-west1', limit: 1000 };
    expect(api.calls).toEqual([
      { ...base, with_count: true },
      { ...base, with_count: false, marker: 'vol-000999' },
      { ...base, with_count: false, marker: 'vol-001999' },
    ]);
    expect(pages).toHaveBeenCalledTimes(3);
  });

  it('writes the region on every item when asked, as the proxy’s all-regions list does', async () => {
    const result = await walk({}, { ...fakeApi(many(3)), region: 'kr-east1' });
    expect(result.raw.every((item) => (item as { region: string }).region === 'kr-east1')).toBe(true);
    expect(result.items.map((item) => (isInvalid(item) ? null : item.region))).toEqual([
      'kr-east1',
      'kr-east1',
      'kr-east1',
    ]);
  });

  it('stops on an empty page when the total is an exact multiple of 1000', async () => {
    const api = fakeApi(many(2000));
    const result = await walk({}, { fetchPage: api.fetchPage });

    expect(result.raw).toHaveLength(2000);
    expect(api.calls).toHaveLength(3);
    expect(api.calls[2]?.marker).toBe('vol-001999');
  });

  it('drops paging parameters the caller left in', async () => {
    const api = fakeApi(many(1));
    await walk({ limit: 20, offset: 40, marker: 'x', with_count: false, name: 'a' }, api);

    expect(api.calls).toEqual([{ name: 'a', limit: 1000, with_count: true }]);
  });

  it('keeps malformed items in place, beside the parsed ones, and pages past them', async () => {
    const items = many(1001);
    items[999] = { id: 'vol-000999', name: 'no size or state' };
    items[1000] = 'not even an object';
    const api = fakeApi(items);
    const result = await walk({}, { fetchPage: api.fetchPage });

    expect(api.calls[1]?.marker).toBe('vol-000999');
    expect(result.items.filter(isInvalid).map((item) => item.id)).toEqual(['vol-000999', null]);
    expect(isInvalid(result.items[999] as never)).toBe(true);
    expect(isInvalid(result.items[998] as never)).toBe(false);
    expect(result.raw[999]).toEqual({ id: 'vol-000999', name: 'no size or state' });
    expect(result.raw[1000]).toBe('not even an object');
  });

  it('keeps unknown fields as received', async () => {
    const api = fakeApi([{ ...volume(1), zone: 'kr-west1-a', future_field: { a: 1 } }]);
    const result = await walk({}, { fetchPage: api.fetchPage });

    expect(result.raw[0]).toMatchObject({ future_field: { a: 1 } });
  });

  it('fails instead of looping when the API ignores the marker', async () => {
    const page = many(1000);
    const fetchPage = vi.fn<FetchPage>(async () => ({ count: 5000, volumes: page }));
    const result = walk({}, { fetchPage });

    await expect(result).rejects.toBeInstanceOf(ApiError);
    await expect(result).rejects.toThrow(/marker vol-000999/);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('fails when a full page ends with an item that has no id', async () => {
    const items = many(1000);
    items[999] = { name: 'anonymous' };
    await expect(walk({}, fakeApi(items))).rejects.toThrow(/no id/);
  });

  it('fails with an ApiError when the envelope is not a volume list', async () => {
    const result = walk({}, { fetchPage: async () => ({ servers: [] }) });
    await expect(result).rejects.toMatchObject({ name: 'ApiError', kind: 'invalid-response' });
  });

  it('does not take a page that names a failed region: it is retried, then fails naming the region', async () => {
    const failures = [{ region: 'kr-east1', status: 500, code: 'X', message: 'down', requestId: 'req-1' }];
    const fetchPage = vi.fn<FetchPage>(async () => ({ count: 1, volumes: [volume(1)], failures }));
    const result = walk({}, { fetchPage, retry: noWait });

    await expect(result).rejects.toMatchObject({ status: 500, message: 'kr-east1 did not answer: down' });
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it('retries each page with the policy it is given, waiting the delay it names', async () => {
    const api = fakeApi(many(2500));
    const fetchPage = failingAfter(api, 'vol-000999', 2);
    const retryDelay = vi.fn((_failureCount: number, _error: unknown) => 0);

    const result = await walk({}, { fetchPage, retry: { shouldRetry: (count) => count < 2, retryDelay } });

    expect(result.raw).toHaveLength(2500);
    expect(retryDelay.mock.calls.map(([failureCount]) => failureCount)).toEqual([0, 1]);
  });

  it('resumes from where it stopped, keeping what arrived', async () => {
    const api = fakeApi(many(3500));
    const fetchPage = failingAfter(api, 'vol-001999', 1);
    const state = newListWalk();

    await expect(walkList({}, state, { fetchPage })).rejects.toBe(unavailable);
    expect(state.raw).toHaveLength(2000);
    expect(state.marker).toBe('vol-001999');

    await walkList({}, state, { fetchPage });
    expect(state.total).toBe(3500);
    expect(state.raw).toEqual(many(3500));
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

    const result = walk({}, { fetchPage, signal: controller.signal });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(signals).toEqual([controller.signal, controller.signal, controller.signal]);
  });

  it('reports the abort, not the transport error it caused', async () => {
    const controller = new AbortController();
    const fetchPage: FetchPage = async () => {
      controller.abort();
      throw new ApiError({ kind: 'unknown', message: 'This operation was aborted' });
    };
    await expect(walk({}, { fetchPage, signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('does not start when the signal is already aborted', async () => {
    const fetchPage = vi.fn<FetchPage>();
    await expect(walk({}, { fetchPage, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(fetchPage).not.toHaveBeenCalled();
  });
});
