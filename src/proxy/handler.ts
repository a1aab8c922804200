import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from '../scp/proxy-error.ts';
import { proxyError, sendProxyError } from './errors.ts';
import { type ProxyLogger, requestLogLine } from './logger.ts';
import { routeRequest } from './route.ts';
import { SCP_HEADERS, signedHeaders } from './signer.ts';
import { readCappedBody } from './upstream-body.ts';
import type { UpstreamState, UpstreamTarget } from './upstream.ts';

export interface ProxyHandlerOptions {
  upstream: Promise<UpstreamState>;
  fetch: typeof fetch;
  /** Epoch milliseconds: the signing timestamp and the logged duration. */
  now: () => number;
  logger: ProxyLogger;
  requestId: () => string;
  /** Larger upstream bodies are refused with UpstreamResponseTooLarge. */
  maxBodyBytes?: number;
}

export type ProxyHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

const TIMED_OUT = 'timeout';
const CLIENT_GONE = 'client-gone';

/** SCP answers error messages in Korean or English; anything not Korean gets English. */
export function upstreamLanguage(acceptLanguage: string | undefined): 'ko-KR' | 'en-US' {
  return acceptLanguage?.trim().toLowerCase().startsWith('ko') ? 'ko-KR' : 'en-US';
}

/**
 * Built from scratch: nothing the browser sent (cookies, Authorization, its own Scp-* headers)
 * can reach SCP. Signed afresh for every request, so a retry never replays a signature.
 */
function upstreamHeaders(
  target: UpstreamTarget,
  url: string,
  acceptLanguage: string | undefined,
  now: () => number,
): Record<string, string> {
  return {
    ...signedHeaders({ method: 'GET', url, accessKey: target.accessKey, secretKey: target.secretKey }, now),
    [SCP_HEADERS.apiVersion]: `virtualserver ${target.apiVersion}`,
    Accept: 'application/json',
    'Accept-Language': upstreamLanguage(acceptLanguage),
  };
}

function unreachableReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string')
    return cause.code;
  return error instanceof Error ? error.message : String(error);
}

export function createProxyHandler(options: ProxyHandlerOptions): ProxyHandler {
  const { fetch, now, logger, requestId, maxBodyBytes = DEFAULT_MAX_BODY_BYTES } = options;

  return async function scpProxyHandler(req, res) {
    const started = now();
    const id = requestId();
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const common: OutgoingHttpHeaders = {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      [REQUEST_ID_HEADER]: id,
    };
    // Vite's CORS middleware runs first and may already have allowed the caller's origin.
    for (const name of res.getHeaderNames()) if (name.startsWith('access-control-')) res.removeHeader(name);

    const finish = (status: number | 'aborted'): void => {
      const line = requestLogLine(method, rawUrl, status, now() - started, id);
      if (status === 'aborted' || status >= 500) logger.warn(line);
      else logger.info(line);
    };

    const route = routeRequest(method, rawUrl);
    if (route.kind === 'reject') {
      sendProxyError(res, proxyError(route.code, route.message, id), common);
      return finish(res.statusCode);
    }
    const state = await options.upstream;
    if (!state.ready) {
      sendProxyError(res, proxyError('NotConfigured', state.message, id), common);
      return finish(res.statusCode);
    }
    const { target } = state;
    if (route.kind === 'status') {
      const body = JSON.stringify(target.status);
      res.writeHead(200, { ...common, 'Content-Type': 'application/json; charset=utf-8' }).end(body);
      return finish(200);
    }

    // The signature covers the URL exactly as fetch will put it on the wire, so sign the
    // WHATWG-serialised form (it escapes a few characters encodeURIComponent leaves alone).
    const url = new URL(target.endpoint + route.upstreamPath).href;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMED_OUT), target.timeoutMs);
    const onClose = (): void => {
      if (!res.writableFinished) controller.abort(CLIENT_GONE);
    };
    res.once('close', onClose);
    try {
      const response = await fetch(url, {
        method: 'GET',
        headers: upstreamHeaders(target, url, req.headers['accept-language'], now),
        signal: controller.signal,
        // Following a redirect would resend the signing headers to wherever it points.
        redirect: 'manual',
      });
      const body = await readCappedBody(response, maxBodyBytes);
      if (body === null) {
        const message = `The answer from ${target.host} is larger than ${maxBodyBytes} bytes, more than the proxy relays.`;
        sendProxyError(res, proxyError('UpstreamResponseTooLarge', message, id, target.host), common);
        return finish(res.statusCode);
      }
      const contentType = response.headers.get('content-type');
      res.writeHead(response.status, {
        ...common,
        ...(contentType === null ? {} : { 'Content-Type': contentType }),
        'Content-Length': body.byteLength,
      });
      res.end(body);
      return finish(response.status);
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      if (controller.signal.aborted && reason === CLIENT_GONE) return finish('aborted');
      const failure =
        controller.signal.aborted && reason === TIMED_OUT
          ? proxyError(
              'UpstreamTimeout',
              `${target.host} did not answer within ${target.timeoutMs} ms.`,
              id,
              target.host,
            )
          : proxyError(
              'UpstreamUnreachable',
              `Could not reach ${target.host} (${unreachableReason(error)}).`,
              id,
              target.host,
            );
      if (!res.headersSent) sendProxyError(res, failure, common);
      return finish(failure.status);
    } finally {
      clearTimeout(timer);
      res.off('close', onClose);
    }
  };
}
