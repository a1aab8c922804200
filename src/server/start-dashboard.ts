import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { describeAuth } from './auth-config.ts';
import { createAuthenticator } from './authenticate.ts';
import { createDashboard, loopbackHosts } from './dashboard.ts';
import { checkExposure } from './exposure.ts';
import type { ProxyObserver } from '../proxy/observer.ts';
import type { ServerMetrics } from '../metrics/server-metrics.ts';
import { type Lifecycle, listen, manageLifecycle } from './lifecycle.ts';
import type { ServerLogger } from './log.ts';
import { inventoryMetricsSource } from '../inventory/metrics-source.ts';
import { mountMetrics } from './mount-metrics.ts';
import { mountProxy, type ServerProxy } from './mount-proxy.ts';
import { createReadiness } from './readiness.ts';
import { appSecurityHeaders } from './security-headers.ts';
import { ServerConfigError } from './server-config-error.ts';
import type { Env, ServerConfig } from './server-config.ts';
import { createStaticFiles } from './static-files.ts';

export interface RunningDashboard {
  url: string;
  port: number;
  lifecycle: Lifecycle;
  /** What /metrics shows: the process's, the proxy's and the inventory's metrics. */
  metrics: ServerMetrics;
  /** SCP_METRICS_PORT's actual port; null when /metrics is on `port`. */
  metricsPort: number | null;
}

export interface StartOptions {
  config: ServerConfig;
  env: Env;
  logger: ServerLogger;
  /** Tests replace the signing proxy; by default it is the one `npm start` mounts. */
  proxy?: (env: Env, logger: ServerLogger, observer: ProxyObserver) => ServerProxy;
  graceMs?: number;
}

function readIndex(distDir: string): string {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    throw new ServerConfigError(
      `${index} does not exist: the app is not built. Run \`npm run build\` first, then \`npm run serve\`.`,
    );
  }
  return readFileSync(index, 'utf8');
}

/** Everything `npm run serve` runs, listening; refuses (ServerConfigError) before opening a port. */
export async function startDashboard(options: StartOptions): Promise<RunningDashboard> {
  const { config, env, logger } = options;
  const html = readIndex(config.distDir);
  const { loopback } = await checkExposure(config.host, config.auth);
  const authenticate = createAuthenticator(config.auth);
  const metrics = mountMetrics(env, config.auth, authenticate, logger);
  const proxy = (options.proxy ?? mountProxy)(env, logger, metrics.metrics.proxyObserver);
  if (proxy.inventory?.config.enabled) {
    metrics.metrics.registerInventory(inventoryMetricsSource(proxy.inventory));
  }
  const internal = await metrics.listenInternal(config.host).catch(async (error: unknown) => {
    await proxy.close();
    throw error;
  });
  const server = createServer();
  const lifecycle = manageLifecycle(server, {
    logger,
    closeResources: async () => {
      await Promise.all([proxy.close(), internal?.close()]);
    },
    graceMs: options.graceMs,
    drainDelayMs: config.drainDelayMs,
  });
  server.on(
    'request',
    createDashboard({
      authenticate,
      proxy,
      metrics: metrics.route,
      staticFiles: createStaticFiles(config.distDir, appSecurityHeaders(html)),
      ready: createReadiness(proxy.upstream, () => lifecycle.draining),
      logger,
      // Rebinding protection matters where nothing else checks who asks.
      allowedHosts: loopback && config.auth.mode === 'none' ? loopbackHosts() : null,
      secrets: [env.SCP_ACCESS_KEY ?? '', env.SCP_SECRET_KEY ?? ''],
    }),
  );
  let address;
  try {
    address = await listen(server, config.port, config.host);
  } catch (error) {
    await Promise.all([proxy.close(), internal?.close()]);
    throw error;
  }
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${config.host === 'localhost' ? 'localhost' : shownHost}:${address.port}`;
  logger.info(
    `[scp-dashboard] serving ${config.distDir} on ${url} (${describeAuth(config.auth)}; ${metrics.description})`,
  );
  void proxy.upstream.then((state) => {
    if (state.ready && state.target.status.mode === 'simulator') {
      logger.warn(
        '[scp-dashboard] NO SCP KEYS CONFIGURED: /api answers from the built-in SIMULATOR (fake data). ' +
          'Set SCP_ACCESS_KEY and SCP_SECRET_KEY to use SCP.',
      );
    }
  });
  return {
    url,
    port: address.port,
    lifecycle,
    metrics: metrics.metrics,
    metricsPort: internal?.port ?? null,
  };
}
