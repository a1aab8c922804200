import type { ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../test/node/http.ts';
import type { UpstreamState } from '../proxy/upstream.ts';
import { ServerConfigError } from './server-config-error.ts';
import { fakeProxy, fixtureDist, startTestDashboard } from '../test/node/dashboard.ts';

let dist: Awaited<ReturnType<typeof fixtureDist>>;

beforeAll(async () => {
  dist = await fixtureDist();
});

afterAll(() => dist.remove());

/** A proxy whose /api answers wait until the test releases them. */
function slowProxy() {
  const proxy = fakeProxy();
  const held: ServerResponse[] = [];
  let arrived: () => void = () => {};
  const firstArrival = new Promise<void>((resolve) => (arrived = resolve));
  return {
    proxy: {
      ...proxy,
      handle: (_req: unknown, res: ServerResponse) => {
        held.push(res);
        arrived();
      },
    },
    firstArrival,
    release: () => held.forEach((res) => res.writeHead(200).end('late answer')),
    closed: () => proxy.closed,
  };
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('graceful shutdown (SIGTERM/SIGINT)', () => {
  it('stops accepting, finishes the request in flight, then closes the proxy', async () => {
    const slow = slowProxy();
    let proxyClosed = false;
    const server = await startTestDashboard(
      dist.dir,
      {},
      {
        proxy: () => ({
          ...slow.proxy,
          close: async () => void (proxyClosed = true),
        }),
      },
    );
    const inFlight = rawRequest(server.port, '/api/v1/volumes');
    await slow.firstArrival;

    const stopped = server.lifecycle.shutdown('SIGTERM');
    expect(server.lifecycle.draining).toBe(true);
    expect(await refusesConnections(server.port)).toBe(true);
    expect(proxyClosed).toBe(false);

    slow.release();
    const res = await inFlight;
    expect([res.status, res.body]).toEqual([200, 'late answer']);
    await stopped;
    expect(proxyClosed).toBe(true);
    expect(server.lines).toContain('[scp-dashboard] SIGTERM: no new connections; 1 request(s) in flight');
    expect(server.lines.at(-1)).toBe('[scp-dashboard] stopped');
  });

  it('with a drain delay, goes on serving while /readyz answers 503, then stops accepting', async () => {
    const ready = { ready: true, target: { status: { mode: 'simulator' } } } as unknown as UpstreamState;
    const proxy = () => ({ ...fakeProxy(), upstream: Promise.resolve(ready) });
    const server = await startTestDashboard(dist.dir, {}, { drainDelayMs: 300, proxy });
    expect((await rawRequest(server.port, '/readyz')).status).toBe(200);
    const stopped = server.lifecycle.shutdown('SIGTERM');
    const probe = await rawRequest(server.port, '/readyz');
    expect([probe.status, JSON.parse(probe.body)]).toEqual([503, { status: 'not ready' }]);
    const page = await rawRequest(server.port, '/');
    expect([page.status, page.headers.connection]).toEqual([200, 'close']);
    await stopped;
    expect(await refusesConnections(server.port)).toBe(true);
    expect(server.lines).toContain('[scp-dashboard] SIGTERM: /readyz answers 503; serving 300 ms more');
  });

  it('cuts a request still running after the grace period', async () => {
    const slow = slowProxy();
    const server = await startTestDashboard(dist.dir, {}, { proxy: () => slow.proxy, graceMs: 50 });
    const inFlight = rawRequest(server.port, '/api/v1/volumes').then(
      () => 'answered',
      () => 'cut',
    );
    await slow.firstArrival;
    await server.lifecycle.shutdown('SIGINT');
    expect(await inFlight).toBe('cut');
    expect(slow.closed()).toBe(true);
    expect(server.lines).toContainEqual(expect.stringContaining('still running after 50 ms'));
  });
});

describe('exposure', () => {
  it('refuses to listen beyond loopback without authentication, before opening a port', async () => {
    await expect(startTestDashboard(dist.dir, {}, { host: '0.0.0.0' })).rejects.toThrow(ServerConfigError);
    await expect(startTestDashboard(dist.dir, {}, { host: '0.0.0.0' })).rejects.toThrow(
      /Refusing to listen on 0\.0\.0\.0 without authentication/,
    );
  });

  it('listens beyond loopback when SCP_DASHBOARD_AUTH=none says so', async () => {
    const server = await startTestDashboard(dist.dir, { SCP_DASHBOARD_AUTH: 'none' }, { host: '0.0.0.0' });
    expect((await rawRequest(server.port, '/healthz')).status).toBe(200);
    await server.close();
  });

  it('refuses to start when dist/ holds no built app, and says to build', async () => {
    await expect(startTestDashboard(`${dist.dir}/nope`, {})).rejects.toThrow(/Run `npm run build` first/);
  });
});
