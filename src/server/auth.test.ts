import { beforeAll, describe, expect, it, vi } from 'vitest';
import { basicAuth, rawRequest } from '../test/node/http.ts';
import { hashPassword } from './password.ts';
import { dashboardsForFile, type TestDashboard } from '../test/node/dashboard.ts';

const start = dashboardsForFile();

describe('built-in Basic auth (SCP_DASHBOARD_USERS)', () => {
  let server: TestDashboard;
  beforeAll(async () => {
    const users = `alice:${await hashPassword('correct horse')},bob:${await hashPassword('battery staple')}`;
    server = await start({ SCP_DASHBOARD_USERS: users });
  });
  const get = (path: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, path, { headers });

  it('asks for credentials: 401 with WWW-Authenticate on the app and on /api', async () => {
    for (const path of ['/', '/index.html', '/favicon.svg', '/api/v1/volumes', '/api/status', '/nope']) {
      const res = await get(path);
      expect([path, res.status]).toEqual([path, 401]);
      expect(res.headers['www-authenticate']).toBe('Basic realm="SCP Volumes", charset="UTF-8"');
      expect(res.body).not.toContain('built app');
    }
  });

  it.each([
    ['a wrong password', basicAuth('alice', 'battery staple')],
    ['an unknown user', basicAuth('mallory', 'correct horse')],
    ['no password', basicAuth('alice', '')],
    ['a malformed header', { Authorization: 'Basic !!!' }],
    ['another scheme', { Authorization: 'Bearer correct horse' }],
  ])('answers 401 to %s', async (_case, headers) => {
    const res = await get('/', headers);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toContain('Basic');
  });

  it('serves the app and /api to a user with the right password, and logs the user', async () => {
    const page = await get('/', basicAuth('alice', 'correct horse'));
    expect([page.status, page.body]).toEqual([200, expect.stringContaining('<title>built app</title>')]);
    const api = await get('/api/v1/volumes?limit=5', basicAuth('bob', 'battery staple'));
    expect([api.status, JSON.parse(api.body)]).toEqual([200, { path: '/api/v1/volumes?limit=5' }]);
    // Remembered, so the second request does not pay for scrypt again; still the right user.
    expect((await get('/favicon.svg', basicAuth('alice', 'correct horse'))).status).toBe(200);
    // The line is written when the response closes, which may be just after the client has it.
    await vi.waitFor(() => {
      expect(server.lines).toContainEqual(expect.stringMatching(/GET \/ 200 \d+ms user=alice$/));
      expect(server.lines).toContainEqual(expect.stringMatching(/GET \/favicon\.svg 200 \d+ms user=alice$/));
      expect(server.lines).toContainEqual(expect.stringMatching(/GET \/ 401 \d+ms user=-$/));
    });
  });

  it('slows repeated failures from one address: 429 with Retry-After, the name and address logged', async () => {
    const from = (localAddress: string, headers: Record<string, string>) =>
      rawRequest(server.port, '/', { localAddress, headers });
    for (let i = 0; i < 5; i++) {
      expect((await from('127.0.0.9', basicAuth('eve', `guess ${i}`))).status).toBe(401);
    }
    const braked = await from('127.0.0.9', basicAuth('alice', 'one more guess'));
    expect([braked.status, braked.headers['retry-after']]).toEqual([429, '1']);
    expect(braked.body).toContain('Too many failed sign-ins');
    // Another address is not slowed by this one's failures.
    expect((await from('127.0.0.10', basicAuth('bob', 'battery staple'))).status).toBe(200);
    await vi.waitFor(() => {
      expect(server.lines).toContainEqual(
        expect.stringMatching(/GET \/ 401 \d+ms tried="eve" from=127\.0\.0\.9 user=-$/),
      );
      expect(server.lines).toContainEqual(
        expect.stringMatching(/GET \/ 429 \d+ms tried="alice" from=127\.0\.0\.9 user=-$/),
      );
    });
    expect(server.lines.join('\n')).not.toContain('guess');
  });

  it('leaves /healthz and /readyz open, with no data', async () => {
    const health = await get('/healthz');
    const ready = await get('/readyz');
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: 'ok' }]);
    // The fake proxy never became ready.
    expect([ready.status, JSON.parse(ready.body)]).toEqual([503, { status: 'not ready' }]);
  });
});

describe('Basic auth behind a load balancer (SCP_DASHBOARD_TRUSTED_PROXIES)', () => {
  it('brakes the client X-Forwarded-For names, not the balancer, and believes no other sender', async () => {
    const server = await start({
      SCP_DASHBOARD_USERS: `dave:${await hashPassword('open sesame')}`,
      SCP_DASHBOARD_TRUSTED_PROXIES: '127.0.0.2',
    });
    const via = (localAddress: string, forwardedFor: string, password: string) =>
      rawRequest(server.port, '/', {
        localAddress,
        headers: { ...basicAuth('dave', password), 'X-Forwarded-For': forwardedFor },
      });
    // The client forged the first hop; the balancer appended the real one.
    for (let i = 0; i < 6; i++) await via('127.0.0.2', `203.0.113.${i}, 198.51.100.7`, `wrong ${i}`);
    await vi.waitFor(() =>
      expect(server.lines).toContainEqual(
        expect.stringMatching(/ 429 \d+ms tried="dave" from=198\.51\.100\.7 /),
      ),
    );
    // An untrusted sender's X-Forwarded-For is its own word: its socket address is what counts.
    await via('127.0.0.3', '192.0.2.1', 'wrong again');
    await vi.waitFor(() =>
      expect(server.lines).toContainEqual(expect.stringMatching(/tried="dave" from=127\.0\.0\.3 /)),
    );
  });
});

describe('behind a sign-in proxy (SCP_DASHBOARD_AUTH=proxy)', () => {
  let server: TestDashboard;
  beforeAll(async () => {
    server = await start({
      SCP_DASHBOARD_AUTH: 'proxy',
      SCP_DASHBOARD_TRUSTED_PROXIES: '127.0.0.2, 10.0.0.0/8',
      SCP_DASHBOARD_USER_HEADER: 'X-Auth-Request-User',
    });
  });
  const from = (localAddress: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, '/', { localAddress, headers });

  it('believes the identity header from a trusted address, and logs that user', async () => {
    const res = await from('127.0.0.2', { 'X-Auth-Request-User': 'carol@example.com' });
    expect(res.status).toBe(200);
    const api = await rawRequest(server.port, '/api/status', {
      localAddress: '127.0.0.2',
      headers: { 'X-Auth-Request-User': 'carol@example.com' },
    });
    expect(api.status).toBe(200);
    await vi.waitFor(() =>
      expect(server.lines).toContainEqual(expect.stringMatching(/GET \/ 200 \d+ms user=carol@example\.com$/)),
    );
  });

  it('refuses the same header from an untrusted address', async () => {
    const res = await from('127.0.0.1', { 'X-Auth-Request-User': 'carol@example.com' });
    expect([res.status, res.body]).toEqual([403, expect.stringContaining('sign-in proxy')]);
    expect(res.body).not.toContain('built app');
  });

  it('refuses a trusted address that names no user, or an unusable one', async () => {
    expect((await from('127.0.0.2')).status).toBe(403);
    expect((await from('127.0.0.2', { 'X-Auth-Request-User': 'a b' })).status).toBe(403);
  });

  it('leaves the health endpoints open to anyone', async () => {
    const res = await rawRequest(server.port, '/healthz', { localAddress: '127.0.0.1' });
    expect(res.status).toBe(200);
  });
});

describe('without authentication on loopback', () => {
  it('answers to localhost names only (DNS rebinding)', async () => {
    const server = await start({});
    const as = (host: string) => rawRequest(server.port, '/', { headers: { Host: host } });
    expect((await as(`localhost:${server.port}`)).status).toBe(200);
    expect((await as(`127.0.0.1:${server.port}`)).status).toBe(200);
    expect((await as('attacker.example')).status).toBe(403);
    expect((await as('localhost.attacker.example')).status).toBe(403);
  });
});
