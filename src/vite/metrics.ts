import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import type { InventoryMetricsSource } from '../metrics/inventory-metrics.ts';
import { type MetricsConfig, type MetricsEnv, readMetricsConfig } from '../metrics/metrics-config.ts';
import { createMetricsRoute } from '../metrics/metrics-route.ts';
import { startMetricsServer } from '../metrics/metrics-server.ts';
import { createServerMetrics, type ServerMetrics } from '../metrics/server-metrics.ts';
import { NO_OBSERVER, type ProxyObserver } from '../proxy/observer.ts';
import { pluginEnv, type ServerLike } from './plugin-env.ts';

export interface ScpMetricsPlugin extends Plugin {
  /** For scpSigningProxy({ observer }): counts into the metrics of the server that mounts it. */
  proxyObserver: ProxyObserver;
  /** The inventory's registration point (src/metrics/inventory-metrics.ts), for its own plugin. */
  registerInventory(source: InventoryMetricsSource): void;
}

/**
 * GET /metrics on the dev and the preview server, with the production server's access rules
 * (src/metrics/metrics-route.ts) minus a sign-in, which these servers do not have: the bearer
 * token SCP_METRICS_TOKEN, or SCP_METRICS_PORT for a port of its own; neither: 401 saying so.
 * The registry is made when a server starts, never for a build (its default metrics run timers).
 */
export function scpMetrics(options: { env?: MetricsEnv } = {}): ScpMetricsPlugin {
  let env: MetricsEnv = {};
  let config: MetricsConfig = { token: null, port: null };
  let current: ServerMetrics | null = null;
  let inventory: InventoryMetricsSource | null = null;
  // The inventory of the server now running: a restarted dev server mounts a new one, into a
  // registry that may already read the old one's, so each registry reads through this.
  const currentInventory: InventoryMetricsSource = {
    read: () => (inventory as InventoryMetricsSource).read(),
  };
  const withInventory = new WeakSet<ServerMetrics>();
  const registerInventoryIn = (metrics: ServerMetrics | null): void => {
    if (!metrics || !inventory || withInventory.has(metrics)) return;
    withInventory.add(metrics);
    metrics.registerInventory(currentInventory);
  };

  /** `host`: the server's own (`server.host` or `preview.host`); the internal port listens there too. */
  function mount(server: ServerLike, host: string | boolean | undefined): void {
    const metrics = createServerMetrics();
    current = metrics;
    registerInventoryIn(metrics);
    const logger = server.config.logger;
    const onError = (error: unknown) => logger.error(`[scp-metrics] /metrics failed: ${String(error)}`);
    const routeOptions = { registry: metrics.registry, token: config.token, onError };
    const route = createMetricsRoute(routeOptions);

    const { port } = config;
    if (port !== null) {
      // `true` is every address, as Vite reads it; unset is Vite's default, localhost.
      const address = host === true ? undefined : host || 'localhost';
      const open = createMetricsRoute({ ...routeOptions, open: true });
      const listening = startMetricsServer(port, address, open, onError);
      listening.then(
        (internal) => logger.info(`[scp-metrics] /metrics on port ${internal.port}`),
        (error: unknown) => logger.error(`[scp-metrics] SCP_METRICS_PORT ${port}: ${String(error)}`),
      );
      server.httpServer?.once(
        'close',
        () =>
          void listening.then(
            (internal) => internal.close(),
            () => {},
          ),
      );
    }
    server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
      if ((req.url ?? '').split('?')[0] !== '/metrics') return next();
      if (port !== null) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return void res.end(`/metrics is served on SCP_METRICS_PORT (${port}).\n`);
      }
      route(req, res).catch(onError);
    });
  }

  return {
    name: 'scp-metrics',
    apply: 'serve',
    configResolved(resolved) {
      env = pluginEnv(resolved, options.env);
      // Throwing here makes Vite print the message and exit, as the proxy's configuration does.
      config = readMetricsConfig(env);
    },
    configureServer: (server) => mount(server, server.config.server.host),
    configurePreviewServer: (server) => mount(server, server.config.preview.host),
    proxyObserver: {
      upstreamRequest: (...args) => (current?.proxyObserver ?? NO_OBSERVER).upstreamRequest(...args),
      coalesced: () => (current?.proxyObserver ?? NO_OBSERVER).coalesced(),
      rejected: (reason) => (current?.proxyObserver ?? NO_OBSERVER).rejected(reason),
    },
    registerInventory(source) {
      inventory = source;
      registerInventoryIn(current);
    },
  };
}
