import { describe, expect, it } from 'vitest';
import { closeAfterEach, rawRequest } from '../test/node/http.ts';
import { startTestProxy, type TestProxyOptions } from '../test/node/test-proxy.ts';
import type { ProxyObserver } from './observer.ts';
import type { UpstreamAnswer, UpstreamRequest } from './upstream-client.ts';

const track = closeAfterEach();

/** Every call the proxy makes to its observer, in order. */
function recordingObserver() {
  const calls: unknown[][] = [];
  const observer: ProxyObserver = {
    upstreamRequest: (...args) => void calls.push(['upstream', ...args]),
    coalesced: () => void calls.push(['coalesced']),
    rejected: (reason) => void calls.push(['rejected', reason]),
  };
  return { observer, calls };
}

const OK: UpstreamAnswer = {
  status: 200,
  contentType: 'application/json',
  contentEncoding: undefined,
  body: Buffer.from('{"count":0,"volumes":[]}'),
};

type Fetch = (request: UpstreamRequest) => Promise<UpstreamAnswer>;

/** The proxy's clock moves only while SCP is asked, 250 ms per request: each one takes 0.25 s. */
async function startProxy(fetchUpstream: Fetch, options: TestProxyOptions = {}) {
  const recorded = recordingObserver();
  let clock = 1735689600000;
  const proxy = await track(
    startTestProxy('http://scp.test', {
      fetchUpstream: (request) => {
        clock += 250;
        return fetchUpstream(request);
      },
      observer: recorded.observer,
      now: () => clock,
      ...options,
    }),
  );
  return { ...proxy, calls: recorded.calls };
}

describe('what the proxy tells its observer', () => {
  it('reports each upstream request with its region, endpoint, status and duration', async () => {
    const { port, calls } = await startProxy(async (request) =>
      request.url.pathname.startsWith('/v1/volumes/') ? { ...OK, status: 404 } : OK,
    );

    await rawRequest(port, '/api/v1/volumes?limit=5');
    await rawRequest(port, '/api/v1/volumes/v-404');

    expect(calls).toEqual([
      ['upstream', 'kr-west1', 'listVolumes', 200, 0.25],
      ['upstream', 'kr-west1', 'showVolume', 404, 0.25],
    ]);
  });

  it('reports a refusal with its reason and asks nothing upstream', async () => {
    const { port, calls } = await startProxy(async () => OK);

    await rawRequest(port, '/api/v1/no-such-thing');
    await rawRequest(port, '/api/v1/volumes', { method: 'POST' });
    await rawRequest(port, '/api/v1/volumes/bad.id');
    await rawRequest(port, '/api/v1/volumes?region=mars');
    await rawRequest(port, '/api/v1/volumes', { headers: { 'Sec-Fetch-Site': 'cross-site' } });

    expect(calls).toEqual([
      ['rejected', 'not_found'],
      ['rejected', 'method_not_allowed'],
      ['rejected', 'bad_request'],
      ['rejected', 'bad_request'],
      ['rejected', 'cross_site'],
    ]);
  });

  it('counts a request answered by an identical one in flight as coalesced, and upstream once', async () => {
    let answer!: (value: UpstreamAnswer) => void;
    let reached!: () => void;
    const arrived = new Promise<void>((resolve) => (reached = resolve));
    const { port, calls } = await startProxy(
      () =>
        new Promise((resolve) => {
          answer = resolve;
          reached();
        }),
    );

    const first = rawRequest(port, '/api/v1/volumes?limit=5');
    await arrived;
    const second = rawRequest(port, '/api/v1/volumes?limit=5');
    await expect.poll(() => calls).toEqual([['coalesced']]);
    answer(OK);
    await Promise.all([first, second]);

    expect(calls).toEqual([['coalesced'], ['upstream', 'kr-west1', 'listVolumes', 200, 0.25]]);
  });

  it('reports a timeout and an unreachable upstream as such, not as a status', async () => {
    const hang = (request: UpstreamRequest) =>
      new Promise<UpstreamAnswer>((_resolve, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason as Error)),
      );
    const slow = await startProxy(hang, { env: { SCP_PROXY_TIMEOUT_MS: '20' } });
    const down = await startProxy(async () => {
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    });

    expect((await rawRequest(slow.port, '/api/v1/volumes')).status).toBe(504);
    expect((await rawRequest(down.port, '/api/v1/volumes')).status).toBe(502);

    expect(slow.calls).toEqual([['upstream', 'kr-west1', 'listVolumes', 'timeout', 0.25]]);
    expect(down.calls).toEqual([['upstream', 'kr-west1', 'listVolumes', 'unreachable', 0.25]]);
  });

  it('reports every region of a merged list under its own name', async () => {
    const { port, calls } = await startProxy(async () => OK, {
      env: { SCP_ENDPOINT: undefined, SCP_REGIONS: 'kr-west1,kr-east1' },
    });

    expect((await rawRequest(port, '/api/v1/volumes?region=all')).status).toBe(200);

    // Both regions are asked at once, so each one's duration spans the other's clock steps too.
    expect(calls.toSorted()).toEqual([
      ['upstream', 'kr-east1', 'listVolumes', 200, expect.any(Number)],
      ['upstream', 'kr-west1', 'listVolumes', 200, expect.any(Number)],
    ]);
  });
});
