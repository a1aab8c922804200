import * as z from 'zod/mini';

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

export const proxyErrorSchema = z.object({
  proxy_error: z.object({
    status: z.number(),
    code: z.string(),
    message: z.string(),
    host: z.optional(z.string()),
    request_id: z.string(),
  }),
});

export type ProxyError = z.infer<typeof proxyErrorSchema>['proxy_error'];
