import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, rawRequest, startServer } from '../test/node/http.ts';
import { startTestProxy, type TestProxy, type TestProxyOptions } from '../test/node/test-proxy.ts';

const track = closeAfterEach();

function startProxy(endpoint: string, options: TestProxyOptions = {}): Promise<TestProxy> {
  return track(startTestProxy(endpoint, options));
}

/** No keys and no simulator to start: the proxy can only answer NotConfigured. */
const NO_KEYS = { SCP_ACCESS_KEY: undefined, SCP_SECRET_KEY: undefined };

/** The proxy's upstream timeout, shortened so a test need not wait 15 s. */
const timeout = (ms: number): TestProxyOptions => ({ env: { SCP_PROXY_TIMEOUT_MS: String(ms) } });

/** A port that was just free: connecting to it is refused. */
async function closedPortUrl(): Promise<string> {
  const server = await startServer(() => {});
  await server.close();
  return server.url;
}

describe('the signing proxy handler, when things go wrong', () => {
  it('answers 502 UpstreamUnreachable, naming the host, when nothing listens', async () => {
    const endpoint = await closedPortUrl();
    const { port } = await startProxy(endpoint);

    const res = await rawRequest(port, '/api/v1/volumes');

    const host = new URL(endpoint).host;
    expect(res.status).toBe(502);
    expect(res.headers['x-request-id']).toBe('req-1');
    expect(JSON.parse(res.body)).toEqual({
      proxy_error: {
        status: 502,
        code: 'UpstreamUnreachable',
        message: `Could not reach ${host} (ECONNREFUSED).`,
        host,
        request_id: 'req-1',
      },
    });
  });

  it('answers 504 UpstreamTimeout when the upstream is slower than the timeout', async () => {
    const upstream = await track(startServer(() => {}));
    const { port, logger } = await startProxy(upstream.url, timeout(100));

    const res = await rawRequest(port, '/api/v1/volumes');

    expect(res.status).toBe(504);
    expect(JSON.parse(res.body)).toEqual({
      proxy_error: {
        status: 504,
        code: 'UpstreamTimeout',
        message: `${new URL(upstream.url).host} did not answer within 100 ms.`,
        host: new URL(upstream.url).host,
        request_id: 'req-1',
      },
    });
    expect(logger.lines).toEqual([
      expect.stringMatching(/^\[scp-proxy\] GET \/api\/v1\/volumes 504 \d+ms id=req-1$/),
    ]);
  });

  it('times out a body that stalls after the headers', async () => {
    const upstream = await track(
      startServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"volumes":[');
      }),
    );
    const { port } = await startProxy(upstream.url, timeout(100));

    const res = await rawRequest(port, '/api/v1/volumes');

    expect(res.status).toBe(504);
    expect(JSON.parse(res.body)).toMatchObject({ proxy_error: { code: 'UpstreamTimeout' } });
  });

  it.each([
    ['declared by Content-Length', false],
    ['streamed in chunks', true],
  ])('answers 502 UpstreamResponseTooLarge for a body over the cap, %s', async (_label, chunked) => {
    const body = 'x'.repeat(4096);
    const upstream = await track(
      startServer((_req, res) => {
        res.writeHead(200, chunked ? {} : { 'Content-Length': body.length });
        if (chunked) for (let i = 0; i < 4; i++) res.write(body.slice(i * 1024, (i + 1) * 1024));
        res.end(chunked ? undefined : body);
      }),
    );
    const { port } = await startProxy(upstream.url, { maxBodyBytes: 2048 });

    const res = await rawRequest(port, '/api/v1/volumes');

    expect(res.status).toBe(502);
    expect(JSON.parse(res.body)).toMatchObject({
      proxy_error: { status: 502, code: 'UpstreamResponseTooLarge', host: new URL(upstream.url).host },
    });
  });

  it('relays a body exactly at the cap', async () => {
    const upstream = await track(startServer((_req, res) => res.end('y'.repeat(2048))));
    const { port } = await startProxy(upstream.url, { maxBodyBytes: 2048 });

    const res = await rawRequest(port, '/api/v1/volumes');

    expect([res.status, res.body.length]).toEqual([200, 2048]);
  });

  it('aborts the upstream request when the browser goes away', async () => {
    let upstreamClosed!: () => void;
    const closed = new Promise<void>((resolve) => (upstreamClosed = resolve));
    let reached!: () => void;
    const arrived = new Promise<void>((resolve) => (reached = resolve));
    const upstream = await track(
      startServer((req) => {
        req.socket.once('close', upstreamClosed);
        reached();
      }),
    );
    const { port, logger } = await startProxy(upstream.url);

    const browser = request({ host: '127.0.0.1', port, path: '/api/v1/volumes' });
    browser.on('error', () => {});
    browser.end();
    await arrived;
    browser.destroy();

    await closed;
    await expect
      .poll(() => logger.lines)
      .toEqual([expect.stringMatching(/ GET \/api\/v1\/volumes aborted \d+ms/)]);
  });

  it('answers 503 NotConfigured with instructions when no upstream is available', async () => {
    const { port } = await startProxy('http://127.0.0.1:4010', { env: NO_KEYS });

    for (const path of ['/api/v1/volumes', '/api/status']) {
      const res = await rawRequest(port, path);
      expect(res.status).toBe(503);
      expect(JSON.parse(res.body)).toEqual({
        proxy_error: {
          status: 503,
          code: 'NotConfigured',
          message: expect.stringContaining('Set SCP_ACCESS_KEY and SCP_SECRET_KEY in .env.local'),
          request_id: 'req-1',
        },
      });
    }
  });

  it('still refuses a bad path when no upstream is available', async () => {
    const { port } = await startProxy('http://127.0.0.1:4010', { env: NO_KEYS });

    expect((await rawRequest(port, '/api/v1/volumes/../x')).status).toBe(404);
  });
});
