import { describe, expect, it } from 'vitest';
import {
  closeAfterEach,
  collectingLogger,
  rawRequest,
  startServer,
  keyedEnv,
  TEST_KEYS,
  type TestServer,
} from '../test/node/http.ts';
import { ProxyConfigError } from './config.ts';
import { createScpProxy, type ScpProxy } from './create-proxy.ts';

const track = closeAfterEach();

async function mount(proxy: ScpProxy): Promise<TestServer> {
  await track(proxy);
  return track(startServer((req, res) => proxy.handle(req, res)));
}

describe('createScpProxy', () => {
  it('serves /api on a plain node:http server and answers every other path with its 404', async () => {
    const upstream = await track(startServer((_req, res) => res.writeHead(200).end('{}')));
    const proxy = createScpProxy({
      env: keyedEnv(upstream.url),
      logger: collectingLogger(),
      requestId: () => 'req-1',
    });
    const server = await mount(proxy);

    expect((await rawRequest(server.port, '/api/v1/volumes')).status).toBe(200);
    const other = await rawRequest(server.port, '/index.html');
    expect([other.status, JSON.parse(other.body)]).toEqual([
      404,
      { proxy_error: expect.objectContaining({ code: 'NotFound', request_id: 'req-1' }) },
    ]);
    await expect(proxy.status()).resolves.toMatchObject({
      mode: 'scp',
      endpointHost: new URL(upstream.url).host,
    });
  });

  it('hands requests outside /api to next, as a Connect middleware', async () => {
    const proxy = await track(createScpProxy({ env: {}, logger: collectingLogger() }));
    const passed: string[] = [];
    const server = await track(
      startServer((req, res) =>
        proxy.handle(req, res, () => {
          passed.push(req.url ?? '');
          res.writeHead(204).end();
        }),
      ),
    );

    expect((await rawRequest(server.port, '/apiary')).status).toBe(204);
    expect((await rawRequest(server.port, '/api/status')).status).toBe(503);
    expect(passed).toEqual(['/apiary']);
  });

  it('never starts the simulator when keys are configured', async () => {
    let started = 0;
    const env = { SCP_ACCESS_KEY: TEST_KEYS.accessKey, SCP_SECRET_KEY: TEST_KEYS.secretKey };
    const proxy = await track(
      createScpProxy({
        env,
        logger: collectingLogger(),
        startSimulator: () => Promise.reject(new Error(`started ${++started}`)),
      }),
    );

    await expect(proxy.status()).resolves.toMatchObject({ mode: 'scp' });
    expect(started).toBe(0);
  });

  it('answers 503 NotConfigured, with the way out, when there are no keys and no simulator', async () => {
    const proxy = createScpProxy({ env: {}, logger: collectingLogger(), requestId: () => 'req-1' });
    const server = await mount(proxy);

    const res = await rawRequest(server.port, '/api/v1/volumes');
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body)).toMatchObject({
      proxy_error: {
        code: 'NotConfigured',
        message: expect.stringContaining('SCP_ACCESS_KEY and SCP_SECRET_KEY'),
      },
    });
    await expect(proxy.status()).resolves.toBeNull();
  });

  it('throws on a half configuration, so it never starts', () => {
    expect(() => createScpProxy({ env: { SCP_ACCESS_KEY: 'x' }, logger: collectingLogger() })).toThrow(
      ProxyConfigError,
    );
  });
});
