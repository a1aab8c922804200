import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { REALM, type Authenticate, type FailedSignIn } from './authenticate.ts';
import { type LogFields, rememberUser, type ServerLogger } from './log.ts';
import { PLAIN_SAFETY_HEADERS } from './security-headers.ts';
import type { Middleware } from './static-files.ts';

/** The part of createScpProxy (src/proxy/create-proxy.ts) the server mounts. */
export interface MountedProxy {
  handle(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): unknown;
  isProxyPath(url: string | undefined): boolean;
}

export interface DashboardOptions {
  authenticate: Authenticate;
  proxy: MountedProxy;
  staticFiles: Middleware;
  /** Whether this process can serve /api now; false also while shutting down. */
  ready: () => Promise<boolean>;
  logger: ServerLogger;
  /** null: any Host. Otherwise the host names (without port) a request may name. */
  allowedHosts: ReadonlySet<string> | null;
  /** Never logged, even when typed as a user name (the SCP keys). */
  secrets?: readonly string[];
  /** GET /metrics with its own access rules (mount-metrics.ts); null: not on this port. */
  metrics?: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | null;
  now?: () => number;
}

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];
export const loopbackHosts = (): ReadonlySet<string> => new Set(LOOPBACK_HOSTS);

function hostName(host: string | undefined): string {
  if (!host) return '';
  const bracket = host.startsWith('[') ? host.indexOf(']') + 1 : -1;
  const name = bracket > 0 ? host.slice(0, bracket) : (host.split(':')[0] ?? '');
  return name.toLowerCase().replace(/\.$/, '');
}

function plain(res: ServerResponse, status: number, body: string, headers: OutgoingHttpHeaders = {}): void {
  const json = body.startsWith('{');
  res.writeHead(status, {
    ...PLAIN_SAFETY_HEADERS,
    'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/**
 * One request, in order: health (open to probes, no data), the Host check, who is asking, then
 * /api to the signing proxy and everything else to the built files. Plain node:http: the proxy
 * is a (req, res) handler and sirv a connect-style middleware, so no framework is needed.
 */
export function createDashboard(options: DashboardOptions): RequestListener {
  const { authenticate, proxy, staticFiles, logger, allowedHosts, now = Date.now } = options;
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  // Users do type a secret into the name field; a name longer than any real one is cut.
  const loggedName = (name: string): string =>
    secrets.some((secret) => name.includes(secret)) ? '[redacted]' : name.slice(0, 64);

  const access = (
    req: IncomingMessage,
    res: ServerResponse,
    user: string,
    started: number,
    attempt?: FailedSignIn,
    quietWhenOk = false,
  ): void => {
    // Captured now: the static handler rewrites `/` to `/index.html`.
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.once('close', () => {
      const status = res.writableFinished ? res.statusCode : 'aborted';
      if (quietWhenOk && status === 200) return;
      const ms = Math.round(now() - started);
      const fields: LogFields = {
        method: req.method ?? '',
        path,
        status,
        ms,
        user,
        ...(attempt ? { tried: loggedName(attempt.name), from: attempt.address } : {}),
      };
      // A refused sign-in says who was tried, from where: JSON-quoted, as a name is anyone's text.
      const tried = attempt
        ? ` tried=${JSON.stringify(loggedName(attempt.name))} from=${attempt.address}`
        : '';
      const line = `[scp-dashboard] ${req.method} ${path.slice(0, 512)} ${status} ${ms}ms${tried}`;
      if (status === 'aborted' || status >= 500) logger.warn(line, fields);
      else logger.info(line, fields);
    });
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = now();
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return plain(res, 200, '{"status":"ok"}');
    if (path === '/readyz') {
      return (await options.ready())
        ? plain(res, 200, '{"status":"ready"}')
        : plain(res, 503, '{"status":"not ready"}');
    }
    // DNS rebinding: a page on another name resolving here must not read the account's data.
    if (allowedHosts && !allowedHosts.has(hostName(req.headers.host))) {
      access(req, res, '-', started);
      return plain(res, 403, 'This server answers to localhost only.\n');
    }
    if (path === '/metrics') {
      if (!options.metrics) return plain(res, 404, 'Not found.\n');
      // Prometheus scrapes every few seconds, like a probe: a refused scrape is logged, not each one.
      access(req, res, '-', started, undefined, true);
      return options.metrics(req, res);
    }
    const who = await authenticate(req);
    if (!who.ok) {
      access(req, res, '-', started, who.attempt);
      const challenge = who.challenge
        ? { 'WWW-Authenticate': `Basic realm="${REALM}", charset="UTF-8"` }
        : {};
      const wait =
        who.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(who.retryAfterSeconds) };
      return plain(res, who.status, `${who.message}\n`, { ...challenge, ...wait });
    }
    rememberUser(req, who.user);
    const notFound = (error?: unknown): void => {
      if (error) logger.error(`[scp-dashboard] ${req.method} ${path}: ${String(error)}`, { user: who.user });
      if (res.headersSent) return void res.destroy();
      plain(res, error ? 500 : 404, error ? 'Internal error.\n' : 'Not found.\n');
    };
    if (proxy.isProxyPath(req.url)) {
      return void Promise.resolve(proxy.handle(req, res, notFound)).catch(notFound);
    }
    access(req, res, who.user, started);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return plain(res, 405, 'Only GET and HEAD.\n', { Allow: 'GET, HEAD' });
    }
    staticFiles(req, res, () => notFound());
  }

  return (req, res) => {
    serve(req, res).catch((error: unknown) => {
      logger.error(`[scp-dashboard] ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) plain(res, 500, 'Internal error.\n');
      else res.destroy();
    });
  };
}
