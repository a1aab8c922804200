import type { IncomingMessage, ServerResponse } from 'node:http';
import { BEARER_CHALLENGE, bearerToken, tokenMatches } from './bearer.ts';

/** What /metrics renders: a prom-client Registry fits. */
export interface MetricsText {
  readonly contentType: string;
  metrics(): Promise<string>;
}

export interface MetricsRouteOptions {
  registry: MetricsText;
  /** SCP_METRICS_TOKEN: a request bearing it may read the metrics. */
  token: string | null;
  /**
   * The host's own sign-in, when it has one that names a user (the dashboard's Basic auth or
   * sign-in proxy): a request it accepts may read the metrics too. `challenges` go with a 401.
   */
  signIn?: { accepts(req: IncomingMessage): Promise<boolean>; challenges: readonly string[] };
  /** The internal port without a token: the network in front of it is the access rule. */
  open?: boolean;
  onError(error: unknown): void;
}

const HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

function refuse(
  res: ServerResponse,
  status: number,
  message: string,
  extra: Record<string, string | string[]> = {},
) {
  res.writeHead(status, {
    ...HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(message),
    ...extra,
  });
  res.end(message);
}

/**
 * GET /metrics with its access rules (docs/DEPLOY.md, "Metrics"): the bearer token, else the
 * host's sign-in, else 401. A wrong token is refused outright, never tried as a sign-in.
 */
export function createMetricsRoute(options: MetricsRouteOptions) {
  const { registry, token, signIn, open = false } = options;
  const ways = [
    ...(token === null ? [] : ['`Authorization: Bearer <SCP_METRICS_TOKEN>`']),
    ...(signIn ? ["the dashboard's sign-in"] : []),
  ];
  const unauthorized =
    ways.length > 0
      ? `GET /metrics needs ${ways.join(' or ')}.\n`
      : 'GET /metrics is not public: set SCP_METRICS_TOKEN (Prometheus sends it as a bearer token) ' +
        'or SCP_METRICS_PORT (an internal port of its own). See docs/DEPLOY.md.\n';
  const challenges = [BEARER_CHALLENGE, ...(signIn?.challenges ?? [])];

  async function allowed(req: IncomingMessage): Promise<boolean> {
    const given = bearerToken(req.headers);
    if (given !== null) return token !== null && tokenMatches(token, given);
    if (open && token === null) return true;
    return signIn ? signIn.accepts(req) : false;
  }

  return async function metricsRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(res, 405, 'Only GET and HEAD.\n', { Allow: 'GET, HEAD' });
    }
    if (!(await allowed(req))) return refuse(res, 401, unauthorized, { 'WWW-Authenticate': challenges });
    let text: string;
    try {
      text = await registry.metrics();
    } catch (error) {
      options.onError(error);
      return refuse(res, 500, 'The metrics could not be read; the server log says why.\n');
    }
    res.writeHead(200, {
      ...HEADERS,
      'Content-Type': registry.contentType,
      'Content-Length': Buffer.byteLength(text),
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  };
}
