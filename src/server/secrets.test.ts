import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basicAuth, type RawResponse, rawRequest, serverForFile } from '../test/node/http.ts';
import { mountProxy } from './mount-proxy.ts';
import { hashPassword } from './password.ts';
import { dashboardsForFile, HASHED_JS } from '../test/node/dashboard.ts';

/**
 * The keys against the production server (src/proxy/secrets.test.ts and
 * src/vite/secrets-dev-server.test.ts do the same for the handler and the dev server): distinctive fake keys in, an SCP stand-in that quotes them back,
 * then nothing the server sent — app, /api, errors, health, auth challenges — and no log line
 * in either format may hold one.
 */
const KEYS = { access: 'SERVECANARYACCESS5h2j8k', secret: 'SERVECANARYSECRET3n6b9v1' };
const PASSWORD = 'SERVECANARYPASSWORD7';

const upstream = serverForFile((req, res) => {
  res.writeHead(401, {
    'Content-Type': 'application/json',
    'X-Echo': String(req.headers['scp-accesskey']),
  });
  res.end(JSON.stringify({ message: `unknown access key ${String(req.headers['scp-accesskey'])}` }));
});
// After the stand-in: the dashboards, which call it, close first (afterAll hooks run in reverse).
const start = dashboardsForFile();

function expectNoSecret(text: string, where: string): void {
  for (const secret of [KEYS.access, KEYS.secret, PASSWORD]) expect(text, where).not.toContain(secret);
}

describe.each(['text', 'json'])('the keys on `npm run serve` (LOG_FORMAT=%s)', (format) => {
  it('are in no answer and no log line', async () => {
    const env = {
      SCP_ACCESS_KEY: KEYS.access,
      SCP_SECRET_KEY: KEYS.secret,
      SCP_ENDPOINT: upstream.url,
      SCP_DASHBOARD_USERS: `alice:${await hashPassword(PASSWORD)}`,
      LOG_FORMAT: format,
      // The inventory collects from the same stand-in, which quotes the key in its error.
      SCP_DATA_DIR: mkdtempSync(join(tmpdir(), 'scp-secrets-inventory-')),
    };
    const server = await start(env, { proxy: mountProxy });
    const auth = basicAuth('alice', PASSWORD);
    const wrong = basicAuth(KEYS.access, KEYS.secret);
    // The inventory's first run, failed by the stand-in's 401: its outcome is in the status.
    for (let tries = 0; tries < 200; tries++) {
      const status = await rawRequest(server.port, '/api/inventory/status', { headers: auth });
      if (status.status === 200 && /"status":"failed"/.test(status.body)) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const answers: [string, RawResponse][] = [];
    for (const [path, headers] of [
      ['/', auth],
      [HASHED_JS, auth],
      ['/api/status', auth],
      ['/api/v1/volumes?limit=1', auth],
      ['/api/v1/volumes/v-1', auth],
      ['/api/nope', auth],
      ['/.env.local', auth],
      ['/', {}],
      ['/api/v1/volumes', wrong],
      ['/healthz', {}],
      ['/readyz', {}],
      ['/api/inventory/status', auth],
    ] as const) {
      answers.push([path, await rawRequest(server.port, path, { headers })]);
    }
    const statuses = answers.map(([path, res]) => [path, res.status]);
    expect(statuses).toEqual([
      ['/', 200],
      [HASHED_JS, 200],
      ['/api/status', 200],
      ['/api/v1/volumes?limit=1', 401],
      ['/api/v1/volumes/v-1', 401],
      ['/api/nope', 404],
      ['/.env.local', 404],
      ['/', 401],
      ['/api/v1/volumes', 401],
      ['/healthz', 200],
      ['/readyz', 200],
      ['/api/inventory/status', 200],
    ]);
    const inventory = answers.at(-1)?.[1].body ?? '';
    expect(inventory).toContain('unknown access key [redacted]');
    // The stand-in really saw the key: the canary is live.
    expect(upstream.requests.at(-1)?.headers['scp-accesskey']).toBe(KEYS.access);
    for (const [path, res] of answers) {
      expectNoSecret(`${JSON.stringify(res.headers)}\n${res.bytes.toString('latin1')}`, path);
    }
    await server.close();
    const log = server.lines.join('\n');
    // The proxy's own line names the user too (it rides along with the request).
    expect(log).toMatch(
      format === 'json'
        ? /"msg":"\[scp-proxy\] GET \/api\/v1\/volumes\?limit=1 401 [^"]*","user":"alice"/
        : /\[scp-proxy\] GET \/api\/v1\/volumes\?limit=1 401 .* user=alice/,
    );
    expectNoSecret(log, 'log');
    // The failed sign-in is logged, its name (here the access key, typed as a name) withheld.
    expect(log).toContain(format === 'json' ? '"tried":"[redacted]"' : 'tried="[redacted]"');
  }, 30_000);
});
