import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, rawRequest, startServer } from '../test/node/http.ts';
import { tokenMatches } from './bearer.ts';
import { createMetricsRoute, type MetricsRouteOptions } from './metrics-route.ts';
import { startMetricsServer } from './metrics-server.ts';

const TOKEN = 'a-token-of-32-characters-0123456';
const track = closeAfterEach();

function registryWith(line: string): Registry {
  const registry = new Registry();
  registry.registerMetric({
    name: 'scp_test',
    get: async () => ({ name: 'scp_test', help: line, type: 'gauge', values: [{ value: 1, labels: {} }] }),
  } as never);
  return registry;
}

async function serve(options: Partial<MetricsRouteOptions> = {}) {
  const errors: unknown[] = [];
  const route = createMetricsRoute({
    registry: registryWith('a test gauge'),
    token: TOKEN,
    onError: (error) => errors.push(error),
    ...options,
  });
  const server = await track(startServer((req, res) => void route(req, res)));
  return { port: server.port, errors };
}

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('GET /metrics', () => {
  it('answers the text format to the bearer token, and 401 with a Bearer challenge without it', async () => {
    const { port } = await serve();

    const ok = await rawRequest(port, '/metrics', bearer(TOKEN));
    const none = await rawRequest(port, '/metrics');
    const wrong = await rawRequest(port, '/metrics', bearer(`${TOKEN}x`));

    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.body).toContain('scp_test 1');
    expect([none.status, wrong.status]).toEqual([401, 401]);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="SCP Volumes metrics"');
    expect(none.body).toBe('GET /metrics needs `Authorization: Bearer <SCP_METRICS_TOKEN>`.\n');
    expect(wrong.body).not.toContain('scp_test');
  });

  it("accepts the host's sign-in, but never tries a wrong bearer token as one", async () => {
    const { port } = await serve({
      signIn: { accepts: async (req) => req.headers.cookie === 'signed-in', challenges: ['Basic realm="x"'] },
    });

    const signedIn = await rawRequest(port, '/metrics', { headers: { Cookie: 'signed-in' } });
    const wrongToken = await rawRequest(port, '/metrics', {
      headers: { Cookie: 'signed-in', Authorization: 'Bearer nope' },
    });
    const neither = await rawRequest(port, '/metrics');

    expect([signedIn.status, wrongToken.status, neither.status]).toEqual([200, 401, 401]);
    // Two challenges, two header lines; Node's client joins them.
    expect(neither.headers['www-authenticate']).toBe('Bearer realm="SCP Volumes metrics", Basic realm="x"');
  });

  it('is closed with no token and no sign-in, and says how to open it', async () => {
    const { port } = await serve({ token: null });

    const res = await rawRequest(port, '/metrics', bearer(TOKEN));

    expect(res.status).toBe(401);
    expect(res.body).toContain('set SCP_METRICS_TOKEN');
    expect(res.body).toContain('SCP_METRICS_PORT');
  });

  it('answers HEAD without a body, refuses other methods, and a failed read is a 500 that is logged', async () => {
    const { port } = await serve();
    const failing = await serve({
      registry: { contentType: 'text/plain', metrics: () => Promise.reject(new Error('read failed')) },
    });

    const head = await rawRequest(port, '/metrics', { method: 'HEAD', ...bearer(TOKEN) });
    const post = await rawRequest(port, '/metrics', { method: 'POST', ...bearer(TOKEN) });
    const broken = await rawRequest(failing.port, '/metrics', bearer(TOKEN));

    expect([head.status, head.body]).toEqual([200, '']);
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
    expect(broken.status).toBe(500);
    expect(failing.errors).toEqual([new Error('read failed')]);
  });
});

describe('the internal metrics port', () => {
  it('serves /metrics only, open without a token and bearer-checked with one', async () => {
    const start = async (token: string | null) => {
      const route = createMetricsRoute({ registry: registryWith('x'), token, open: true, onError: () => {} });
      return track(startMetricsServer(0, '127.0.0.1', route, () => {}));
    };
    const open = await start(null);
    const guarded = await start(TOKEN);

    expect((await rawRequest(open.port, '/metrics')).status).toBe(200);
    expect((await rawRequest(open.port, '/')).status).toBe(404);
    expect((await rawRequest(open.port, '/api/v1/volumes')).status).toBe(404);
    expect((await rawRequest(guarded.port, '/metrics')).status).toBe(401);
    expect((await rawRequest(guarded.port, '/metrics', bearer(TOKEN))).status).toBe(200);
  });
});

describe('tokenMatches', () => {
  it('matches the same token only, whatever the lengths', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN, TOKEN.slice(0, -1))).toBe(false);
    expect(tokenMatches(TOKEN, `${TOKEN}0`)).toBe(false);
    expect(tokenMatches(TOKEN, '')).toBe(false);
  });
});
