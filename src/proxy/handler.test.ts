import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  rawRequest,
  type RecordedRequest,
  signatureVerifies,
  startServer,
  TEST_KEYS,
  closeAfterEach,
} from '../test/node/http.ts';
import { keyedStatus, startTestProxy, type TestProxyOptions } from '../test/node/test-proxy.ts';
import { upstreamLanguage } from './upstream-request.ts';
import { StaleConnectionError, type UpstreamRequest } from './upstream-client.ts';

const NOW = 1735689600000;
const LIST_BODY = '{"count":1,"volumes":[{"id":"v-1","name":"data","state":"available"}]}';
const track = closeAfterEach();

/** An SCP stand-in that answers every request with `status` and `body`, plus headers a proxy must not relay. */
function upstreamAnswering(status: number, body: string, contentType = 'application/json') {
  return track(
    startServer((_req, res) => {
      res.writeHead(status, {
        'Content-Type': contentType,
        'Set-Cookie': 'scp-session=abc; HttpOnly',
        'Access-Control-Allow-Origin': '*',
        'X-Upstream-Only': 'yes',
      });
      res.end(body);
    }),
  );
}

async function startProxy(endpoint: string, overrides: TestProxyOptions = {}) {
  let count = 0;
  return track(startTestProxy(endpoint, { now: () => NOW, requestId: () => `req-${++count}`, ...overrides }));
}

function header(request: RecordedRequest, name: string): string {
  const value = request.headers[name];
  if (typeof value !== 'string') throw new Error(`upstream request lacks ${name}`);
  return value;
}

describe('the signing proxy handler', () => {
  it('forwards a list request, signed over the URL the upstream receives, and relays the answer', async () => {
    const upstream = await upstreamAnswering(200, LIST_BODY);
    const { port } = await startProxy(upstream.url);

    const res = await rawRequest(port, '/api/v1/volumes?limit=2&sort=created_at:desc');

    expect(res.status).toBe(200);
    expect(res.body).toBe(LIST_BODY);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toBe('req-1');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-upstream-only']).toBeUndefined();

    const [received] = upstream.requests;
    if (!received) throw new Error('nothing reached the upstream');
    expect(received.method).toBe('GET');
    expect(received.url).toBe('/v1/volumes?limit=2&sort=created_at%3Adesc');
    expect(header(received, 'scp-timestamp')).toBe(String(NOW));
    expect(header(received, 'scp-accesskey')).toBe(TEST_KEYS.accessKey);
    expect(header(received, 'scp-clienttype')).toBe('Openapi');
    expect(header(received, 'scp-api-version')).toBe('virtualserver 1.3');
    expect(header(received, 'accept')).toBe('application/json');
    expect(signatureVerifies(received, TEST_KEYS.secretKey)).toBe(true);
  });

  it("sends the query in one stable encoding (!'()* escaped too) and signs exactly that", async () => {
    const upstream = await upstreamAnswering(200, LIST_BODY);
    const { port } = await startProxy(upstream.url);

    await rawRequest(port, "/api/v1/volumes?name=it's%20%EB%B3%BC%EB%A5%A8(1)!*~");

    const [received] = upstream.requests;
    if (!received) throw new Error('nothing reached the upstream');
    expect(received.url).toBe('/v1/volumes?name=it%27s%20%EB%B3%BC%EB%A5%A8%281%29%21%2A~');
    expect(signatureVerifies(received, TEST_KEYS.secretKey)).toBe(true);
  });

  it('forwards volume and server details', async () => {
    const upstream = await upstreamAnswering(200, '{}');
    const { port } = await startProxy(upstream.url);

    await rawRequest(port, '/api/v1/volumes/3f2a9c1e-0b7d-4e21-9a55-0c1d2e3f4a5b');
    await rawRequest(port, '/api/v1/servers/srv-1?limit=5');

    expect(upstream.requests.map((r) => r.url)).toEqual([
      '/v1/volumes/3f2a9c1e-0b7d-4e21-9a55-0c1d2e3f4a5b',
      '/v1/servers/srv-1',
    ]);
    expect(upstream.requests.every((request) => signatureVerifies(request, TEST_KEYS.secretKey))).toBe(true);
  });

  it('sends none of the browser headers: no cookie, no Authorization, no Scp-* of its own', async () => {
    const upstream = await upstreamAnswering(200, '{}');
    const { port } = await startProxy(upstream.url);

    await rawRequest(port, '/api/v1/volumes', {
      headers: {
        Cookie: 'session=browser',
        Authorization: 'Bearer browser',
        'Scp-Accesskey': 'EVIL',
        'Scp-Signature': 'EVIL',
        'Scp-Timestamp': '1',
        'Scp-Api-Version': 'virtualserver 9.9',
        'X-Forwarded-For': '10.0.0.1',
        Origin: 'http://localhost:3000',
        Referer: 'http://localhost:3000/',
        'Accept-Language': 'ko-KR,ko;q=0.9,en;q=0.8',
      },
    });

    const [received] = upstream.requests;
    if (!received) throw new Error('nothing reached the upstream');
    for (const name of ['cookie', 'authorization', 'x-forwarded-for', 'origin', 'referer']) {
      expect(received.headers[name]).toBeUndefined();
    }
    expect(header(received, 'scp-accesskey')).toBe(TEST_KEYS.accessKey);
    expect(header(received, 'scp-timestamp')).toBe(String(NOW));
    expect(header(received, 'scp-api-version')).toBe('virtualserver 1.3');
    expect(header(received, 'accept-language')).toBe('ko-KR');
    expect(signatureVerifies(received, TEST_KEYS.secretKey)).toBe(true);
  });

  it('signs every request afresh', async () => {
    const upstream = await upstreamAnswering(200, '{}');
    let clock = NOW;
    const { port } = await startProxy(upstream.url, { now: () => (clock += 1000) });

    await rawRequest(port, '/api/v1/volumes');
    await rawRequest(port, '/api/v1/volumes');

    const [first, second] = upstream.requests;
    if (!first || !second) throw new Error('expected two upstream requests');
    expect(header(first, 'scp-timestamp')).not.toBe(header(second, 'scp-timestamp'));
    expect(header(first, 'scp-signature')).not.toBe(header(second, 'scp-signature'));
    expect([first, second].every((request) => signatureVerifies(request, TEST_KEYS.secretKey))).toBe(true);
  });

  it.each([
    [404, '{"errors":[{"code":"NotFound","status":404,"request_id":"req-abc"}]}', 'application/json'],
    [
      401,
      '{"status":"UNAUTHORIZED","name":"Request was rejected by gateway","message":"HmacValidFail"}',
      'application/json',
    ],
    [500, '<html><body>Internal error</body></html>', 'text/html;charset=UTF-8'],
  ])('passes an upstream %i through with its body and content type', async (status, body, contentType) => {
    const upstream = await upstreamAnswering(status, body, contentType);
    const { port } = await startProxy(upstream.url);

    const res = await rawRequest(port, '/api/v1/volumes/v-1');

    expect([res.status, res.body, res.headers['content-type']]).toEqual([status, body, contentType]);
    expect(res.headers['x-request-id']).toBe('req-1');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('relays a compressed answer byte for byte, with its content-encoding', async () => {
    const gzipped = gzipSync(LIST_BODY);
    const upstream = await track(
      startServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
        res.end(gzipped);
      }),
    );
    const { port } = await startProxy(upstream.url);

    const res = await rawRequest(port, '/api/v1/volumes');

    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-length']).toBe(String(gzipped.length));
    expect(gunzipSync(res.bytes).toString()).toBe(LIST_BODY);
  });

  it('does not follow an upstream redirect, so the signing headers go nowhere else', async () => {
    const elsewhere = await upstreamAnswering(200, '{}');
    const upstream = await track(
      startServer((_req, res) => res.writeHead(302, { Location: `${elsewhere.url}/v1/volumes` }).end()),
    );
    const { port } = await startProxy(upstream.url);

    const res = await rawRequest(port, '/api/v1/volumes');

    expect(res.status).toBe(302);
    expect(res.headers.location).toBeUndefined();
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.each([
    ['/api/v1/volumes/../../v1/servers/x', 404, 'NotFound'],
    ['/api/v1/volumes/%2e%2e/x', 404, 'NotFound'],
    ['/api/v1/volumes/abc%2f..%2fservers', 400, 'BadRequest'],
    ['/api//v1/volumes', 404, 'NotFound'],
    ['/api/v1/volumes/abc/junk', 404, 'NotFound'],
    ['/api/v1/backups', 404, 'NotFound'],
    ['/api/v1/volumes?name=a%0d%0aX-Injected:%201', 400, 'BadRequest'],
    ['/api/v1/volumes?limit=1&limit=2', 400, 'BadRequest'],
    [`/api/v1/volumes?name=${'x'.repeat(5000)}`, 400, 'BadRequest'],
  ])('refuses %s with %i %s and never calls the upstream', async (path, status, code) => {
    const upstream = await upstreamAnswering(200, '{}');
    const { port } = await startProxy(upstream.url);

    const res = await rawRequest(port, path);

    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toEqual({
      proxy_error: { status, code, message: expect.any(String), request_id: 'req-1' },
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it.each(['POST', 'DELETE', 'PUT', 'HEAD', 'OPTIONS'])(
    'answers %s with 405 and Allow: GET',
    async (method) => {
      const upstream = await upstreamAnswering(200, '{}');
      const { port } = await startProxy(upstream.url);

      const res = await rawRequest(port, '/api/v1/volumes', { method });

      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET');
      if (method !== 'HEAD')
        expect(JSON.parse(res.body)).toMatchObject({ proxy_error: { code: 'MethodNotAllowed' } });
      expect(upstream.requests).toHaveLength(0);
    },
  );

  it('answers /api/status itself, without any key', async () => {
    const upstream = await upstreamAnswering(200, '{}');
    const { port } = await startProxy(upstream.url);

    const res = await rawRequest(port, '/api/status');

    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual(keyedStatus(upstream.url));
    expect(res.body).not.toContain(TEST_KEYS.accessKey);
    expect(upstream.requests).toHaveLength(0);
  });

  it('removes CORS headers an earlier middleware set', async () => {
    const upstream = await upstreamAnswering(200, '{}');
    const proxy = await startProxy(upstream.url, {
      before: (_req, res) => {
        res.setHeader('Access-Control-Allow-Origin', 'http://localhost:3000');
        res.setHeader('Access-Control-Allow-Credentials', 'true');
      },
    });

    const res = await rawRequest(proxy.port, '/api/v1/volumes');

    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('logs one line per request with method, path, status and duration, never a key or signature', async () => {
    const upstream = await upstreamAnswering(200, '{}');
    let clock = NOW;
    const { port, logger } = await startProxy(upstream.url, { now: () => (clock += 7) });

    await rawRequest(port, '/api/v1/volumes?limit=2');
    await rawRequest(port, '/api/nope');

    // Each reading of the clock moves it 7 ms: at the start, around the upstream request (which
    // the observer times), to sign it, and at the end.
    expect(logger.lines).toEqual([
      '[scp-proxy] GET /api/v1/volumes?limit=2 200 28ms id=req-1',
      '[scp-proxy] GET /api/nope 404 7ms id=req-2',
    ]);
    const signature = upstream.requests[0]?.headers['scp-signature'];
    for (const secret of [TEST_KEYS.accessKey, TEST_KEYS.secretKey, String(signature)]) {
      expect(logger.lines.join('\n')).not.toContain(secret);
    }
  });

  it('hands the injected upstream fetch the signed URL and headers built from scratch', async () => {
    const calls: UpstreamRequest[] = [];
    const { port } = await startProxy('https://virtualserver.kr-west1.e.samsungsdscloud.com', {
      fetchUpstream: async (request) => {
        calls.push(request);
        return {
          status: 200,
          contentType: 'application/json',
          contentEncoding: undefined,
          body: Buffer.from('{"volumes":[]}'),
        };
      },
    });

    const res = await rawRequest(port, '/api/v1/volumes', { headers: { 'Accept-Language': 'en-GB' } });

    expect(res.body).toBe('{"volumes":[]}');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.href).toBe('https://virtualserver.kr-west1.e.samsungsdscloud.com/v1/volumes');
    expect(calls[0]?.headers).toEqual({
      'Scp-Accesskey': TEST_KEYS.accessKey,
      'Scp-Timestamp': '1735689600000',
      'Scp-ClientType': 'Openapi',
      // The worked example of scp-api.md §2.
      'Scp-Signature': 'Yj90bukaph9Owl2jUV3yebRmiEZIb+/f77beyBEXwso=',
      'Scp-Api-Version': 'virtualserver 1.3',
      Accept: 'application/json',
      'Accept-Encoding': 'identity',
      'Accept-Language': 'en-US',
    });
  });

  it('retries once, signed afresh on a new connection, when a kept-alive connection turns out stale', async () => {
    const timestamps: string[] = [];
    const fresh: (boolean | undefined)[] = [];
    let clock = NOW;
    const { port } = await startProxy('http://127.0.0.1:4010', {
      now: () => (clock += 1),
      fetchUpstream: async ({ headers, freshConnection }) => {
        timestamps.push(headers['Scp-Timestamp'] ?? '');
        fresh.push(freshConnection);
        if (timestamps.length === 1) throw new StaleConnectionError('socket hang up');
        return { status: 200, contentType: undefined, contentEncoding: undefined, body: Buffer.from('ok') };
      },
    });

    const res = await rawRequest(port, '/api/v1/volumes');

    expect([res.status, res.body]).toEqual([200, 'ok']);
    expect(timestamps).toHaveLength(2);
    expect(timestamps[0]).not.toBe(timestamps[1]);
    expect(fresh).toEqual([false, true]);
  });

  it('does not retry other failures', async () => {
    let calls = 0;
    const { port } = await startProxy('http://127.0.0.1:4010', {
      fetchUpstream: async () => {
        calls += 1;
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      },
    });

    const res = await rawRequest(port, '/api/v1/volumes');

    expect(res.status).toBe(502);
    expect(calls).toBe(1);
  });
});

describe('upstreamLanguage', () => {
  it.each([
    ['ko', 'ko-KR'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8', 'ko-KR'],
    ['KO-kr', 'ko-KR'],
    ['en-GB,en;q=0.9,ko;q=0.8', 'en-US'],
    ['fr-FR', 'en-US'],
    ['', 'en-US'],
    [undefined, 'en-US'],
  ])('maps %s to %s', (header, expected) => {
    expect(upstreamLanguage(header)).toBe(expected);
  });
});
