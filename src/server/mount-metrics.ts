import type { IncomingMessage, ServerResponse } from 'node:http';
import { type MetricsConfig, readMetricsConfig } from '../metrics/metrics-config.ts';
import { createMetricsRoute } from '../metrics/metrics-route.ts';
import { type MetricsServer, startMetricsServer } from '../metrics/metrics-server.ts';
import { createServerMetrics, type ServerMetrics } from '../metrics/server-metrics.ts';
import type { AuthConfig } from './auth-config.ts';
import { type Authenticate, REALM } from './authenticate.ts';
import type { ServerLogger } from './log.ts';
import type { Env } from './server-config.ts';

export interface MountedMetrics {
  metrics: ServerMetrics;
  config: MetricsConfig;
  /** GET /metrics on the dashboard's own port; null when it lives on SCP_METRICS_PORT. */
  route: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | null;
  /** SCP_METRICS_PORT's listener, on the dashboard's host; null when none is configured. */
  listenInternal(host: string): Promise<MetricsServer | null>;
  /** For the start-up line: where /metrics is and who may read it. */
  description: string;
}

/**
 * The server's metrics and /metrics with its access rules (docs/DEPLOY.md, "Metrics"): the
 * bearer token SCP_METRICS_TOKEN, or the dashboard's own sign-in when it names a user (Basic
 * auth or the sign-in proxy; `none` names nobody), else 401 — or, with SCP_METRICS_PORT, a port
 * of its own that needs the token only if one is set. A bad setting throws MetricsConfigError.
 */
export function mountMetrics(
  env: Env,
  auth: AuthConfig,
  authenticate: Authenticate,
  logger: ServerLogger,
): MountedMetrics {
  const config = readMetricsConfig(env);
  const metrics = createServerMetrics();
  const onError = (error: unknown): void => logger.error(`[scp-dashboard] GET /metrics: ${String(error)}`);
  const signIn =
    auth.mode === 'none'
      ? undefined
      : {
          accepts: async (req: IncomingMessage) => (await authenticate(req)).ok,
          challenges: auth.mode === 'basic' ? [`Basic realm="${REALM}", charset="UTF-8"`] : [],
        };
  const options = { registry: metrics.registry, token: config.token, signIn, onError };
  const who = [
    ...(config.token === null ? [] : ['the bearer token']),
    ...(signIn ? ["the dashboard's sign-in"] : []),
  ];
  const description =
    config.port !== null
      ? `/metrics on port ${config.port}${config.token === null ? '' : ' with the bearer token'}`
      : who.length > 0
        ? `/metrics with ${who.join(' or ')}`
        : '/metrics closed (set SCP_METRICS_TOKEN or SCP_METRICS_PORT)';
  return {
    metrics,
    config,
    route: config.port === null ? createMetricsRoute(options) : null,
    listenInternal: async (host) =>
      config.port === null
        ? null
        : startMetricsServer(
            config.port,
            host,
            createMetricsRoute({ ...options, signIn: undefined, open: true }),
            onError,
          ),
    description,
  };
}
