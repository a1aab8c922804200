import { QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requests, server, serveVolumes } from '../../../../test/browser/fake-api.ts';
import { makeVolumes } from '../../../../test/browser/volume-fixtures.ts';
import { volumeQueries } from '../volume-queries.ts';
import { adoptEarlyList } from './adopt.ts';
import { claimEarlyList, type EarlyList, offerEarlyList } from './handover.ts';

const FIRST_PAGE = '/api/v1/volumes?with_count=true&limit=20&offset=0';
const PARAMS = { with_count: true, limit: 20, offset: 0 };
const volumes = makeVolumes(3);
const body = { count: 3, volumes };

/** What the early script leaves for the app: its request, and the answer so far. */
function early(overrides: Partial<EarlyList> = {}): EarlyList {
  return {
    url: FIRST_PAGE,
    lang: 'en-US',
    done: false,
    body: undefined,
    answer: Promise.resolve(body),
    ...overrides,
  };
}

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
const listed = (queryClient: QueryClient) => queryClient.getQueryData(volumeQueries.list(PARAMS).queryKey);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  requests.length = 0;
  // Nothing left over from another test: the offer is claimed at most once.
  claimEarlyList();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('adoptEarlyList', () => {
  it('puts an answer that has arrived in the cache before the first render', () => {
    offerEarlyList(early({ done: true, body }));
    const queryClient = client();
    expect(adoptEarlyList(queryClient, '')).toBe('ready');
    expect(listed(queryClient)).toMatchObject({
      count: 3,
      volumes: volumes.map(({ id }) => expect.objectContaining({ id })),
    });
  });

  it('waits for an answer in flight instead of sending its own request', async () => {
    offerEarlyList(early());
    const queryClient = client();
    expect(adoptEarlyList(queryClient, '')).toBe('in-flight');
    await queryClient.getQueryCache().find({ queryKey: volumeQueries.list(PARAMS).queryKey })?.promise;
    expect(listed(queryClient)).toMatchObject({ count: 3 });
    expect(requests).toHaveLength(0);
  });

  it('asks again through the app’s client when the early request failed', async () => {
    serveVolumes(volumes);
    const failed = Promise.reject(new Error('HTTP 502'));
    failed.catch(() => {});
    offerEarlyList(early({ answer: failed }));
    const queryClient = client();
    expect(adoptEarlyList(queryClient, '')).toBe('in-flight');
    await queryClient.getQueryCache().find({ queryKey: volumeQueries.list(PARAMS).queryKey })?.promise;
    expect(listed(queryClient)).toMatchObject({ count: 3 });
    expect(requests.map((query) => query.toString())).toEqual(['with_count=true&limit=20&offset=0']);
  });

  it('leaves a request for another address or language alone, and it cannot be claimed twice', () => {
    offerEarlyList(early({ done: true, body }));
    expect(adoptEarlyList(client(), '?state=error')).toBe('none');
    offerEarlyList(early({ done: true, body, lang: 'ko-KR' }));
    expect(adoptEarlyList(client(), '')).toBe('none');
    expect(adoptEarlyList(client(), '')).toBe('none');
    expect(claimEarlyList()).toBeUndefined();
  });
});
