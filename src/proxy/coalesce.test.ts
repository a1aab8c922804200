import type { ServerResponse } from 'node:http';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProxyConfig } from './config.ts';
import { createProxyHandler } from './handler.ts';
import { collectingLogger, keyedEnv, rawRequest, startServer, type TestServer } from '../test/node/http.ts';
import { createUpstreamClient } from './upstream-client.ts';
import { openUpstream } from './upstream.ts';

/**
 * Protecting the SCP quota when many people look: identical upstream GETs in flight at once
 * go to SCP once. Against a real upstream that holds its answers until the test releases them,
 * so "at once" is certain rather than a race.
 */
const held: ServerResponse[] = [];
let arrivals: (() => void)[] = [];
let upstream: TestServer;
let proxy: TestServer;
const client = createUpstreamClient();

/** Resolves once `server` has seen `count` requests in all. */
function arrived(count: number, server: () => TestServer = () => upstream): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (server().requests.length >= count) resolve();
      else arrivals.push(check);
    };
    check();
  });
}

function release(status = 200, headers: Record<string, string> = {}): void {
  for (const res of held.splice(0)) {
    res
      .writeHead(status, { 'Content-Type': 'application/json', ...headers })
      .end(`{"n":${upstream.requests.length}}`);
  }
}

beforeAll(async () => {
  upstream = await startServer((_req, res) => {
    held.push(res);
    const waiting = arrivals;
    arrivals = [];
    waiting.forEach((check) => check());
  });
  const env = keyedEnv(upstream.url);
  const logger = collectingLogger();
  const handler = createProxyHandler({
    upstream: openUpstream(readProxyConfig(env), env, () => Promise.reject(new Error('unused')), logger)
      .state,
    fetchUpstream: client.fetchUpstream,
    now: Date.now,
    logger,
    requestId: () => 'req',
  });
  proxy = await startServer((req, res) => {
    void handler(req, res);
    const waiting = arrivals;
    arrivals = [];
    waiting.forEach((check) => check());
  });
});

afterAll(async () => {
  client.close();
  await Promise.all([upstream.close(), proxy.close()]);
});

const get = (path: string, language = 'en-US') =>
  rawRequest(proxy.port, path, { headers: { 'Accept-Language': language } });

describe('identical upstream requests in flight', () => {
  it('are sent once: 8 concurrent identical requests → 1 upstream request, 8 identical answers', async () => {
    const before = upstream.requests.length;
    const atProxy = proxy.requests.length;
    const answers = Array.from({ length: 8 }, () => get('/api/v1/volumes?limit=20&offset=0'));
    // Every browser request reached the proxy and joined the one flight before it is released.
    await arrived(atProxy + 8, () => proxy);
    await arrived(before + 1);
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const results = await Promise.all(answers);
    expect(upstream.requests.length - before).toBe(1);
    expect(new Set(results.map((res) => `${res.status} ${res.body}`)).size).toBe(1);
    expect(results[0]?.status).toBe(200);
  });

  it('are not shared across languages, paths or queries', async () => {
    const before = upstream.requests.length;
    const answers = [
      get('/api/v1/volumes?limit=5'),
      get('/api/v1/volumes?limit=5', 'ko-KR'),
      get('/api/v1/volumes?limit=6'),
      get('/api/v1/volumes/v-1'),
    ];
    await arrived(before + 4);
    release();
    expect((await Promise.all(answers)).map((res) => res.status)).toEqual([200, 200, 200, 200]);
    expect(upstream.requests.length - before).toBe(4);
  });

  it('are sent again once the answer is in: nothing is cached', async () => {
    const before = upstream.requests.length;
    const first = get('/api/v1/volumes?limit=7');
    await arrived(before + 1);
    release();
    await first;
    const second = get('/api/v1/volumes?limit=7');
    await arrived(before + 2);
    release();
    await second;
    expect(upstream.requests.length - before).toBe(2);
  });

  it('keep going for the others when one browser leaves, and relay Retry-After', async () => {
    const before = upstream.requests.length;
    const atProxy = proxy.requests.length;
    const leaving = request({ host: '127.0.0.1', port: proxy.port, path: '/api/v1/volumes?limit=8' });
    leaving.on('error', () => {});
    leaving.end();
    await arrived(before + 1);
    const staying = get('/api/v1/volumes?limit=8');
    await arrived(atProxy + 2, () => proxy);
    await new Promise((resolve) => setImmediate(resolve));
    leaving.destroy();
    await new Promise((resolve) => setImmediate(resolve));
    release(429, { 'Retry-After': '12' });
    const res = await staying;
    expect([res.status, res.headers['retry-after']]).toEqual([429, '12']);
    expect(upstream.requests.length - before).toBe(1);
  });
});
