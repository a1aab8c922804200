import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProxyConfigError, readProxyConfig } from './config.ts';
import { type RawResponse, rawRequest, startServer, type TestServer } from '../test/node/http.ts';
import { startTestProxy, type TestProxy } from '../test/node/test-proxy.ts';

/**
 * The keys, traced: distinctive fake ones go in, and no log line, status, header or body the
 * browser can get (answers relayed from SCP included, errors of every kind) may hold either.
 */
const KEYS = { accessKey: 'LEAKCANARYACCESS7q2w9e', secretKey: 'LEAKCANARYSECRET4r8t1y6u' };
const SECRETS = Object.values(KEYS);
const KEY_ENV = { SCP_ACCESS_KEY: KEYS.accessKey, SCP_SECRET_KEY: KEYS.secretKey };

type Behaviour = 'echo' | 'hang' | 'huge' | 'close';
let behaviour: Behaviour = 'echo';
let upstream: TestServer;
let proxy: TestProxy;
const seen: RawResponse[] = [];

/** A gateway that quotes the request back, as error pages sometimes do. */
function startUpstream(): Promise<TestServer> {
  return startServer((req, res) => {
    if (behaviour === 'hang') return;
    if (behaviour === 'close') return void req.socket.destroy();
    if (behaviour === 'huge') return void res.writeHead(200, { 'Content-Length': 64 * 1024 * 1024 }).end();
    const quoted = JSON.stringify({
      status: 'UNAUTHORIZED',
      message: `HmacValidFail: unknown access key ${String(req.headers['scp-accesskey'])}`,
      headers: req.headers,
    });
    res.writeHead(401, {
      'Content-Type': 'application/json',
      'X-Echo-Key': String(req.headers['scp-accesskey']),
    });
    res.end(quoted);
  });
}

beforeAll(async () => {
  upstream = await startUpstream();
  proxy = await startTestProxy(upstream.url, {
    // Short for the hang, long enough for a loaded machine's loopback.
    env: { ...KEY_ENV, SCP_PROXY_TIMEOUT_MS: '1000' },
    maxBodyBytes: 1024 * 1024,
  });
});

afterAll(async () => {
  await Promise.all([upstream.close(), proxy.close()]);
});

async function browserGets(path: string, method = 'GET'): Promise<RawResponse> {
  const res = await rawRequest(proxy.port, path, { method });
  seen.push(res);
  return res;
}

function expectNoKey(text: string, where: string): void {
  for (const secret of SECRETS) expect(text, where).not.toContain(secret);
}

describe('the keys', () => {
  it('never reach the browser in an answer relayed from SCP, even one quoting the request', async () => {
    behaviour = 'echo';
    const res = await browserGets('/api/v1/volumes?limit=1');
    expect(res.status).toBe(401);
    expect(upstream.requests.at(-1)?.headers['scp-accesskey']).toBe(KEYS.accessKey);
    expect(JSON.parse(res.body)).toMatchObject({ message: expect.stringContaining('HmacValidFail') });
    expectNoKey(res.body, 'body');
    expectNoKey(JSON.stringify(res.headers), 'headers');
  });

  it('never reach the browser in the proxy’s own errors', async () => {
    const answers: RawResponse[] = [];
    for (const path of ['/api/nope', '/api/v1/volumes?name=%0d%0a', '/api/v1/volumes/..', '/api/status']) {
      answers.push(await browserGets(path));
    }
    answers.push(await browserGets('/api/v1/volumes', 'DELETE'));
    for (const next of ['hang', 'huge', 'close'] as const) {
      behaviour = next;
      answers.push(await browserGets('/api/v1/volumes'));
    }
    expect(answers.map((res) => res.status)).toEqual([404, 400, 400, 200, 405, 504, 502, 502]);
    for (const res of answers) {
      expectNoKey(res.body, `${res.status} body`);
      expectNoKey(JSON.stringify(res.headers), `${res.status} headers`);
    }
  });

  it('never reach the browser when it leaves mid-request', async () => {
    behaviour = 'hang';
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: proxy.port, path: '/api/v1/volumes' });
      req.on('error', () => resolve());
      req.end();
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 50);
    });
    await expect.poll(() => proxy.logger.lines.some((line) => line.includes(' aborted '))).toBe(true);
  });

  it('appear in no log line, whatever happened', () => {
    expect(proxy.logger.lines.length).toBeGreaterThanOrEqual(seen.length);
    for (const line of proxy.logger.lines) expectNoKey(line, line);
  });

  it('appear in no configuration error or warning', () => {
    const messages: string[] = [];
    for (const env of [
      { SCP_ACCESS_KEY: KEYS.accessKey },
      { SCP_SECRET_KEY: KEYS.secretKey },
      { SCP_ACCESS_KEY: KEYS.accessKey, SCP_SECRET_KEY: `x${KEYS.secretKey}\u0007` },
      { SCP_ACCESS_KEY: `${KEYS.accessKey} x`, SCP_SECRET_KEY: KEYS.secretKey },
      { ...KEY_ENV, SCP_REGION: 'Bad Region' },
      { ...KEY_ENV, SCP_ENDPOINT: `https://${KEYS.accessKey}:${KEYS.secretKey}@example.com` },
      { SCP_ENDPOINT: 'http://127.0.0.1:4010' },
    ]) {
      try {
        messages.push(...readProxyConfig(env).warnings);
      } catch (error) {
        expect(error).toBeInstanceOf(ProxyConfigError);
        messages.push((error as Error).message);
      }
    }
    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const message of messages) expectNoKey(message, message);
  });
});
