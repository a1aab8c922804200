import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_OBSERVER } from './observer.ts';
import { createUpstreamClient, type UpstreamClient } from './upstream-client.ts';
import type { UpstreamTarget } from './upstream.ts';
import { sendSigned } from './upstream-request.ts';

let server: Server | undefined;
let client: UpstreamClient | undefined;

afterEach(async () => {
  client?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * A server whose connections each answer once: a request on a connection it has answered
 * before is cut without an answer, as when a server closes its idle connections just as they
 * are reused.
 */
async function answersOncePerConnection() {
  const answered = new WeakSet<Socket>();
  const connections = new Set<Socket>();
  server = createServer((req, res) => {
    connections.add(req.socket);
    if (answered.has(req.socket)) return req.socket.destroy();
    answered.add(req.socket);
    res.end('ok');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, connections };
}

function targetAt(endpoint: string): UpstreamTarget {
  return {
    endpoint,
    host: new URL(endpoint).host,
    accessKey: 'AK',
    secretKey: 'SK',
    apiVersion: '1.3',
    timeoutMs: 5000,
    status: { mode: 'simulator', endpointHost: '', region: null, regions: [], env: null, apiVersion: '1.3' },
  };
}

describe('the upstream client', () => {
  it('sends the retry after a stale kept-alive connection on a new one, not the next pooled one', async () => {
    const { endpoint, connections } = await answersOncePerConnection();
    client = createUpstreamClient();
    const outcomes: unknown[] = [];
    const observer = { ...NO_OBSERVER, upstreamRequest: (...call: unknown[]) => void outcomes.push(call[2]) };
    const get = (signal: AbortSignal) => ({
      target: targetAt(endpoint),
      report: { observer, region: 'kr-west1', endpoint: 'listVolumes' as const },
      service: 'virtualserver',
      url: new URL(`${endpoint}/v1/volumes`),
      acceptLanguage: undefined,
      now: () => Date.now(),
      signal,
      maxBodyBytes: 1024,
    });
    // Three connections in the pool, each answered once: every one of them is now stale.
    const warm = await Promise.all(
      [1, 2, 3].map(() => sendSigned(client!.fetchUpstream, get(AbortSignal.timeout(5000)))),
    );
    expect(warm.map((answer) => answer.body?.toString())).toEqual(['ok', 'ok', 'ok']);
    await new Promise((resolve) => setImmediate(resolve));

    const answer = await sendSigned(client.fetchUpstream, get(AbortSignal.timeout(5000)));

    expect([answer.status, answer.body?.toString()]).toEqual([200, 'ok']);
    expect(connections.size).toBe(4);
    // The stale attempt and its retry are one upstream request to the observer.
    expect(outcomes).toEqual([200, 200, 200, 200]);
  });
});
