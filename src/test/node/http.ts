import { afterEach } from 'vitest';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  request,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProxyLogger } from '../../proxy/logger.ts';
import { signature, signatureMatches } from '../../signing/signature.ts';
import { startedForSuite } from './for-suite.ts';

/** Test helpers for the Node suites: real loopback servers and raw HTTP requests. */

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface TestServer {
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startServer(
  respond: (req: IncomingMessage, res: ServerResponse) => void,
  host = '127.0.0.1',
): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    respond(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** For a test file: startServer's stand-in, listening from its beforeAll on, closed after it. */
export function serverForFile(
  respond: (req: IncomingMessage, res: ServerResponse) => void,
  host?: string,
): TestServer {
  return startedForSuite('the stand-in', () => startServer(respond, host));
}

/** A stand-in's answer to every request: this status and this JSON body. */
export function answersJson(
  status: number,
  body: string,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (_req, res) => void res.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  bytes: Buffer;
}

/**
 * node:http rather than fetch: fetch normalises `..` and `%2e%2e` away and will not send a
 * Host header of our choosing, and those are exactly what the tests need to send.
 */
export function rawRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; host?: string; localAddress?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.localAddress,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export function collectingLogger(): ProxyLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (line) => lines.push(line), warn: (line) => lines.push(line) };
}

/** The Authorization header of HTTP Basic auth (RFC 7617) for this user and password. */
export function basicAuth(name: string, password: string): { Authorization: string } {
  return { Authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` };
}

export const TEST_KEYS = {
  accessKey: 'TESTACCESSKEY0123456789',
  secretKey: 'TESTSECRETKEY0123456789abcdef',
} as const;

/** The variables that point the proxy at `endpoint` with TEST_KEYS. */
export function keyedEnv(endpoint: string): Record<string, string> {
  return { SCP_ACCESS_KEY: TEST_KEYS.accessKey, SCP_SECRET_KEY: TEST_KEYS.secretKey, SCP_ENDPOINT: endpoint };
}

function headerValue(request: RecordedRequest, name: string): string {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
}

/** What SCP's gateway does: rebuild the URL from what arrived on the wire and check the HMAC. */
export function signatureVerifies(request: RecordedRequest | undefined, secretKey: string): boolean {
  if (!request) return false;
  const expected = signature({
    method: request.method,
    url: `http://${headerValue(request, 'host')}${request.url}`,
    timestamp: headerValue(request, 'scp-timestamp'),
    accessKey: headerValue(request, 'scp-accesskey'),
    secretKey,
  });
  return signatureMatches(expected, headerValue(request, 'scp-signature'));
}

/**
 * Registers an afterEach that closes everything handed to the returned `track` during a test,
 * so a failing assertion never leaves a server listening.
 */
export function closeAfterEach(): <T extends { close(): Promise<void> }>(
  started: T | Promise<T>,
) => Promise<T> {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((item) => item.close()));
  });
  return async (started) => {
    const item = await started;
    open.push(item);
    return item;
  };
}
