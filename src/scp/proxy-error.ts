/** Response header carrying the proxy's id for one browser request (also in its log line). */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Codes of the errors the signing proxy answers by itself (the request never reached SCP, or
 * SCP could not be reached). Upstream errors pass through unchanged in SCP's own shapes.
 */
export const PROXY_ERROR_CODES = [
  'NotFound', // no such /api route (404)
  'MethodNotAllowed', // only GET is proxied (405)
  'BadRequest', // a malformed parameter or path (400)
  'NotConfigured', // no credentials and no simulator (503)
  'UpstreamUnreachable', // connection refused, DNS, reset (502)
  'UpstreamTimeout', // no answer within the timeout (504)
  'UpstreamResponseTooLarge', // body larger than the proxy will relay (502)
] as const;

/**
 * The proxy's own error body is `{ "proxy_error": ProxyError }`. A type, not a schema: the
 * proxy writes it, and the browser reads it like every error shape, leniently
 * (lib/error-body.ts), so that a body it cannot read still shows its text.
 */
export interface ProxyError {
  status: number;
  code: string;
  message: string;
  host?: string;
  request_id: string;
}
