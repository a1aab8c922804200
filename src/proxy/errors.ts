import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { PROXY_ERROR_CODES, ProxyError } from '../scp/proxy-error.ts';

export type ProxyErrorCode = (typeof PROXY_ERROR_CODES)[number];

/** One status per code, so the browser can rely on either. */
export const PROXY_ERROR_STATUS = {
  NotFound: 404,
  MethodNotAllowed: 405,
  BadRequest: 400,
  NotConfigured: 503,
  UpstreamUnreachable: 502,
  UpstreamTimeout: 504,
  UpstreamResponseTooLarge: 502,
} as const satisfies Record<ProxyErrorCode, number>;

export function proxyError(
  code: ProxyErrorCode,
  message: string,
  requestId: string,
  host?: string,
): ProxyError {
  return {
    status: PROXY_ERROR_STATUS[code],
    code,
    message,
    ...(host === undefined ? {} : { host }),
    request_id: requestId,
  };
}

/** Writes the proxy's own error body (src/scp/proxy-error.ts) on top of the common headers. */
export function sendProxyError(res: ServerResponse, error: ProxyError, headers: OutgoingHttpHeaders): void {
  const body = JSON.stringify({ proxy_error: error });
  res.writeHead(error.status, {
    ...headers,
    ...(error.code === 'MethodNotAllowed' ? { Allow: 'GET' } : {}),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}
