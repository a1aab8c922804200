import http from 'node:http';
import https from 'node:https';

/**
 * The upstream call, behind a narrow seam so tests can inject it. The default is node:http(s)
 * over keep-alive agents rather than global fetch, whose CPU per request is several times this
 * client's (docs/PERFORMANCE.md, "Figures behind design decisions"), where the proxy's CPU is
 * what limits its throughput. It also never decompresses, never follows redirects (which would
 * carry the signing headers elsewhere) and reads bytes without parsing them.
 */
export interface UpstreamRequest {
  /** Exactly the URL that was signed. */
  url: URL;
  headers: Record<string, string>;
  signal: AbortSignal;
  /** Past this many bytes the body is dropped and `body` is null. */
  maxBodyBytes: number;
  /** A connection of its own instead of a kept-alive one: for the retry after a stale one. */
  freshConnection?: boolean;
}

export interface UpstreamAnswer {
  status: number;
  contentType: string | undefined;
  /** Relayed as is, since the bytes are. */
  contentEncoding: string | undefined;
  /** SCP's Retry-After (429/503): relayed, so the browser waits as long as SCP asked. */
  retryAfter?: string | undefined;
  /** null: larger than maxBodyBytes. */
  body: Buffer | null;
}

export type FetchUpstream = (request: UpstreamRequest) => Promise<UpstreamAnswer>;

/**
 * A kept-alive connection the server closed just as it was reused: the request never reached
 * the application, so sending it again (signed afresh) is safe.
 */
export class StaleConnectionError extends Error {
  override name = 'StaleConnectionError';
}

export interface UpstreamClient {
  fetchUpstream: FetchUpstream;
  /** Closes idle kept-alive connections. */
  close(): void;
}

/**
 * How long an idle kept-alive connection is kept. Node lowers it to a second under the
 * server's own `Keep-Alive: timeout=N`, but only when the agent has a timeout at all: without
 * one, idle connections stayed until the server closed them, and a burst of requests could meet
 * several at the moment they closed.
 */
const IDLE_CONNECTION_MS = 30_000;

interface ReadHeaders {
  contentType?: string;
  contentEncoding?: string;
  retryAfter?: string;
  contentLength?: string;
}

/**
 * The four headers the proxy reads, straight from rawHeaders: `res.headers` builds an object of
 * every header on first use, for four values. Node's rules for repeats are kept: the first
 * Content-Type, Content-Length and Retry-After win, Content-Encoding values are joined.
 */
function readHeaders(raw: readonly string[]): ReadHeaders {
  const read: ReadHeaders = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] as string;
    const value = raw[i + 1] as string;
    // Only names of these lengths are lower-cased and compared.
    if (name.length === 12 && name.toLowerCase() === 'content-type') read.contentType ??= value;
    else if (name.length === 14 && name.toLowerCase() === 'content-length') read.contentLength ??= value;
    else if (name.length === 11 && name.toLowerCase() === 'retry-after') read.retryAfter ??= value;
    else if (name.length === 16 && name.toLowerCase() === 'content-encoding') {
      read.contentEncoding = read.contentEncoding === undefined ? value : `${read.contentEncoding}, ${value}`;
    }
  }
  return read;
}

export function createUpstreamClient(): UpstreamClient {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
    'https:': new https.Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
  };

  const fetchUpstream: FetchUpstream = ({ url, headers, signal, maxBodyBytes, freshConnection }) =>
    new Promise((resolve, reject) => {
      const transport = url.protocol === 'https:' ? https : http;
      // `false`: a one-off connection, never one from the pool.
      const agent = freshConnection ? false : url.protocol === 'https:' ? agents['https:'] : agents['http:'];
      let settled = false;
      const settle = (finish: () => void): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        finish();
      };
      const onAbort = (): void => {
        settle(() => reject(signal.reason));
        req.destroy();
      };

      const req = transport.request(url, { method: 'GET', headers, agent }, (res) => {
        const read = readHeaders(res.rawHeaders);
        const answer = (body: Buffer | null): UpstreamAnswer => ({
          status: res.statusCode ?? 502,
          contentType: read.contentType,
          contentEncoding: read.contentEncoding,
          retryAfter: read.retryAfter,
          body,
        });
        const tooLarge = (): void => {
          settle(() => resolve(answer(null)));
          req.destroy();
        };
        if (Number(read.contentLength) > maxBodyBytes) return tooLarge();
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > maxBodyBytes) tooLarge();
          else chunks.push(chunk);
        });
        // One chunk (the usual answer on a fast link) needs no copy.
        const whole = (): Buffer =>
          chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
        res.on('end', () => settle(() => resolve(answer(whole()))));
        res.on('error', (error) => settle(() => reject(error)));
        res.on('close', () => {
          if (!res.complete) settle(() => reject(new Error('the connection closed mid-answer')));
        });
      });
      req.on('error', (error) => {
        const stale = req.reusedSocket && 'code' in error && error.code === 'ECONNRESET';
        settle(() => reject(stale ? new StaleConnectionError(error.message, { cause: error }) : error));
      });
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      req.end();
    });

  return {
    fetchUpstream,
    close: () => {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
