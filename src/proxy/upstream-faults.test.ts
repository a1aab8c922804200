import type { IncomingMessage, ServerResponse } from 'node:http';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startServer, type TestServer } from '../test/node/http.ts';
import { startTestProxy, type TestProxy } from '../test/node/test-proxy.ts';
import { DEFAULT_MAX_BODY_BYTES } from './handler.ts';

/**
 * One misbehaving SCP stand-in, one proxy in front of it with the default body cap: each fault
 * must get a correct answer (relayed as is, or the proxy's own 502/504), and the very next
 * request must be served normally, so one bad answer never takes the proxy down with it.
 */
type Fault = (req: IncomingMessage, res: ServerResponse) => void;

const GOOD_BODY = '{"count":0,"volumes":[]}';
const TIMEOUT_MS = 300;
const MB = 1024 * 1024;
const good: Fault = (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(GOOD_BODY);

let fault: Fault = good;
let upstream: TestServer;
/** The default timeout (15 s), so slow machines still see a big body through. */
let proxy: TestProxy;
/** TIMEOUT_MS, for the hang. */
let impatient: TestProxy;

function startProxy(timeoutMs?: number): Promise<TestProxy> {
  return startTestProxy(upstream.url, {
    env: { SCP_PROXY_TIMEOUT_MS: timeoutMs === undefined ? undefined : String(timeoutMs) },
  });
}

beforeAll(async () => {
  upstream = await startServer((req, res) => fault(req, res));
  [proxy, impatient] = await Promise.all([startProxy(), startProxy(TIMEOUT_MS)]);
});

afterAll(async () => {
  await Promise.all([upstream.close(), proxy.close(), impatient.close()]);
});

async function get(path = '/api/v1/volumes', port = proxy.port) {
  return rawRequest(port, path);
}

/** Runs one request against the fault, then proves the proxy still serves a healthy answer. */
async function underFault(next: Fault, port = proxy.port) {
  fault = next;
  const res = await get('/api/v1/volumes', port);
  fault = good;
  const after = await get('/api/v1/volumes', port);
  expect([after.status, after.body]).toEqual([200, GOOD_BODY]);
  return res;
}

function proxyErrorCode(body: string): string {
  return (JSON.parse(body) as { proxy_error: { code: string } }).proxy_error.code;
}

/** RST rather than FIN: what a crashed or firewalled upstream looks like. */
function reset(socket: Socket): void {
  socket.resetAndDestroy();
}

describe('the proxy when SCP misbehaves', () => {
  it('answers 502 UpstreamUnreachable when the connection is reset before any answer', async () => {
    const res = await underFault((req) => reset(req.socket));
    expect(res.status).toBe(502);
    expect(proxyErrorCode(res.body)).toBe('UpstreamUnreachable');
  });

  it('answers 502 when the connection is reset in the middle of the body', async () => {
    const res = await underFault((req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 1000 });
      res.write('{"volumes":[', () => setTimeout(() => reset(req.socket), 20));
    });
    expect(res.status).toBe(502);
    expect(proxyErrorCode(res.body)).toBe('UpstreamUnreachable');
  });

  it('answers 502 when the connection closes without a word', async () => {
    const res = await underFault((req) => req.socket.end());
    expect(res.status).toBe(502);
  });

  it('answers 502 to a reply that is not HTTP at all', async () => {
    const res = await underFault((req) => req.socket.end('SSH-2.0-OpenSSH_9.6\r\n\r\n'));
    expect(res.status).toBe(502);
    expect(proxyErrorCode(res.body)).toBe('UpstreamUnreachable');
  });

  it('answers 504 UpstreamTimeout to a hang, and drops the hung connection', async () => {
    let hungSocketClosed = false;
    const started = Date.now();
    const res = await underFault(
      (req) => req.socket.once('close', () => (hungSocketClosed = true)),
      impatient.port,
    );
    expect(res.status).toBe(504);
    expect(proxyErrorCode(res.body)).toBe('UpstreamTimeout');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 2000);
    await expect.poll(() => hungSocketClosed).toBe(true);
  });

  it.each([
    ['announced by Content-Length', true],
    ['streamed without a length', false],
  ])('answers 502 UpstreamResponseTooLarge to a 30 MB body %s', async (_label, announced) => {
    const chunk = Buffer.alloc(MB, 'x');
    const res = await underFault((_req, res) => {
      res.writeHead(200, announced ? { 'Content-Length': 30 * MB } : {});
      let sent = 0;
      const pump = (): void => {
        while (sent < 30 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    expect(30 * MB).toBeGreaterThan(DEFAULT_MAX_BODY_BYTES);
    expect(res.status).toBe(502);
    expect(proxyErrorCode(res.body)).toBe('UpstreamResponseTooLarge');
  });

  it('relays an HTML 502 page as is, but inert: sandboxed, never sniffed', async () => {
    const html = '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>';
    const res = await underFault((_req, res) =>
      res.writeHead(502, { 'Content-Type': 'text/html; charset=utf-8' }).end(html),
    );
    expect([res.status, res.body, res.headers['content-type']]).toEqual([
      502,
      html,
      'text/html; charset=utf-8',
    ]);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
  });

  it('relays a body that is not valid JSON byte for byte, for the browser to reject', async () => {
    const broken = '{"count":3,"volumes":[{"id":"v-1",';
    const res = await underFault((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(broken),
    );
    expect([res.status, res.body, res.headers['content-type']]).toEqual([200, broken, 'application/json']);
  });

  it('keeps serving when the browser hangs up in the middle of a large answer', async () => {
    const big = Buffer.alloc(8 * MB, 'y');
    fault = (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(big);
    const lines = proxy.logger.lines.length;
    const received = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: proxy.port, path: '/api/v1/volumes' }, (res) => {
        res.once('data', (chunk: Buffer) => {
          req.destroy();
          resolve(chunk.byteLength);
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET') reject(error);
      });
      req.end();
    });
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(big.byteLength);
    fault = good;
    await expect.poll(async () => (await get()).status).toBe(200);
    expect(proxy.logger.lines.length).toBeGreaterThan(lines);
  });

  it('sandboxes its own error answers too', async () => {
    const res = await get('/api/v1/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'none'.*sandbox/);
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});
