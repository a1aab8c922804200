import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rawRequest } from '../test/node/http.ts';
import { IMMUTABLE, REVALIDATE } from './cache-control.ts';
import {
  fixtureDist,
  HASHED_CSS,
  HASHED_JS,
  INLINE_SCRIPT,
  startTestDashboard,
  type TestDashboard,
} from '../test/node/dashboard.ts';

let dist: Awaited<ReturnType<typeof fixtureDist>>;
let server: TestDashboard;

beforeAll(async () => {
  dist = await fixtureDist();
  server = await startTestDashboard(dist.dir, { SCP_DASHBOARD_AUTH: 'none' });
});

afterAll(async () => {
  await server.close();
  dist.remove();
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(server.port, path, { headers, method });

describe('the built app, served by `npm run serve`', () => {
  it.each([
    ['/', 'text/html;charset=utf-8', REVALIDATE],
    ['/index.html', 'text/html;charset=utf-8', REVALIDATE],
    [HASHED_JS, 'text/javascript', IMMUTABLE],
    [HASHED_CSS, 'text/css', IMMUTABLE],
    ['/favicon.svg', 'image/svg+xml', REVALIDATE],
  ])('serves %s as %s with Cache-Control %s and an ETag', async (path, type, cacheControl) => {
    const res = await get(path);
    expect([res.status, res.headers['content-type'], res.headers['cache-control']]).toEqual([
      200,
      type,
      cacheControl,
    ]);
    expect(res.headers.etag).toMatch(/^W\/"/);
  });

  it('sends the brotli or gzip twin the build wrote, by Accept-Encoding, with Vary', async () => {
    const plain = await get(HASHED_JS, { 'Accept-Encoding': 'identity' });
    const br = await get(HASHED_JS, { 'Accept-Encoding': 'gzip, deflate, br' });
    const gz = await get(HASHED_JS, { 'Accept-Encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    expect(br.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 10);
    for (const res of [plain, br, gz]) {
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(res.headers['content-type']).toBe('text/javascript');
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
    }
    expect(new Set([plain, br, gz].map((res) => res.headers.etag)).size).toBe(3);
  });

  it('answers 304 to a matching If-None-Match, per encoding', async () => {
    for (const encoding of ['identity', 'br']) {
      const first = await get(HASHED_JS, { 'Accept-Encoding': encoding });
      const again = await get(HASHED_JS, {
        'Accept-Encoding': encoding,
        'If-None-Match': String(first.headers.etag),
      });
      expect([encoding, again.status, again.bytes.byteLength]).toEqual([encoding, 304, 0]);
    }
    const index = await get('/');
    expect((await get('/', { 'If-None-Match': String(index.headers.etag) })).status).toBe(304);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/', {}, 'HEAD');
    expect([res.status, res.bytes.byteLength]).toEqual([200, 0]);
    expect(Number(res.headers['content-length'])).toBeGreaterThan(100);
  });

  it.each([
    '/../outside.txt',
    '/assets/../../outside.txt',
    '/%2e%2e/outside.txt',
    '/assets/%2e%2e/%2e%2e/outside.txt',
    '/..%2foutside.txt',
    '/.env.local',
    '/%2eenv.local',
    '/.secret/data.txt',
    '/assets/',
    '/assets',
    '/index.html/',
    '/index',
    '/volumes',
    '/no-such-file.js',
    '/assets/index-AbC123xy.js.map',
  ])('answers 404 for %s, with nothing from outside dist/ and no dotfile', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/CANARY|<title>/);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses methods other than GET and HEAD on the app', async () => {
    const res = await get('/', {}, 'POST');
    expect([res.status, res.headers.allow]).toEqual([405, 'GET, HEAD']);
  });

  it('sends a CSP that allows exactly the inline script of the built index.html, by hash', async () => {
    const res = await get('/');
    const csp = String(res.headers['content-security-policy']);
    const hash = createHash('sha256').update(INLINE_SCRIPT).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('leaves /api to the proxy: none of the app’s headers are added there', async () => {
    const res = await get('/api/v1/volumes?limit=1');
    expect(JSON.parse(res.body)).toEqual({ path: '/api/v1/volumes?limit=1' });
    expect(res.headers['content-security-policy']).toBeUndefined();
  });

  it('logs each request with its user', async () => {
    const line = /^\[scp-dashboard\] GET \/favicon\.svg 200 \d+ms user=-$/;
    await vi.waitFor(() => expect(server.lines.filter((logged) => line.test(logged))).toHaveLength(1));
  });
});
