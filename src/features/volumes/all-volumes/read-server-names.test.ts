import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error.ts';
import { readServerNames, type FetchServerPage } from './read-server-names.ts';

function servers(region: string, count: number) {
  return Array.from({ length: count }, (_, index) => ({
    id: `${region}-srv-${String(index).padStart(5, '0')}`,
    name: index % 100 === 0 ? null : `${region}-host-${index}`,
  }));
}

describe('readServerNames', () => {
  it('pages ListServers by marker within each region, 1,000 a request, and names every server', async () => {
    const data: Record<string, ReturnType<typeof servers>> = {
      'kr-west1': servers('kr-west1', 2500),
      'kr-east1': servers('kr-east1', 300),
    };
    const calls: Parameters<FetchServerPage>[0][] = [];
    const fetchPage: FetchServerPage = async (params) => {
      calls.push(params);
      const all = data[params.region] ?? [];
      const start = params.marker ? all.findIndex((item) => item.id === params.marker) + 1 : 0;
      return { servers: all.slice(start, start + params.limit) };
    };
    const result = await readServerNames(['kr-west1', 'kr-east1'], { fetchPage, now: () => 7 });

    expect(calls).toHaveLength(4);
    expect(calls.filter((call) => call.region === 'kr-west1').map((call) => call.marker)).toEqual([
      undefined,
      'kr-west1-srv-00999',
      'kr-west1-srv-01999',
    ]);
    expect(result.names.get('kr-west1-srv-02499')).toBe('kr-west1-host-2499');
    expect(result.names.get('kr-east1-srv-00005')).toBe('kr-east1-host-5');
    // A server without a name is not named.
    expect(result.names.has('kr-west1-srv-00100')).toBe(false);
    expect(result).toMatchObject({ missing: [], readAt: 7 });
  });

  it('names a region whose list still fails, and keeps the others’ names', async () => {
    const fetchPage: FetchServerPage = async ({ region }) => {
      if (region === 'kr-east1')
        throw new ApiError({ kind: 'http', status: 503, message: 'busy', requestId: 'q' });
      return { servers: [{ id: 'a', name: 'web-01' }] };
    };
    const result = await readServerNames(['kr-west1', 'kr-east1'], {
      fetchPage,
      retry: { shouldRetry: (count) => count < 1, retryDelay: () => 0 },
    });
    expect(result.names.get('a')).toBe('web-01');
    expect(result.missing).toEqual([
      { region: 'kr-east1', status: 503, code: null, message: 'busy', requestId: 'q' },
    ]);
  });
});
