import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyStatus } from '../scp/status.ts';
import { type ProxyConfig, type ProxyEnv, readProxyConfig } from './config.ts';
import { createProxyHandler, type ProxyHandlerOptions } from './handler.ts';
import { logRequest, type ProxyLogger } from './logger.ts';
import { middleware } from './middleware.ts';
import { isProxyPath } from './route.ts';
import { createUpstreamClient } from './upstream-client.ts';
import { openUpstream, type SimulatorStarter, type UpstreamState } from './upstream.ts';

export interface ScpProxyOptions extends Partial<
  Pick<ProxyHandlerOptions, 'fetchUpstream' | 'now' | 'requestId' | 'maxBodyBytes' | 'observer'>
> {
  /** SCP_* variables (config.ts), already merged by the host: process.env over .env files. */
  env: ProxyEnv;
  logger: ProxyLogger;
  /**
   * Runs when no keys are configured (src/simulator/built-in.ts). Without it such a server
   * answers /api with NotConfigured and the way to set the keys.
   */
  startSimulator?: SimulatorStarter;
}

export interface ScpProxy {
  config: ProxyConfig;
  /** Whether a request target belongs to the proxy (`/api`, `/api/…`, `/api?…`). */
  isProxyPath(rawUrl: string | undefined): boolean;
  /**
   * A Connect middleware and a node:http listener at once. With `next`, requests outside /api
   * go on to it, and so does an error the handler did not answer; without `next`, every request
   * is the proxy's (anything outside /api is its 404).
   */
  handle(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  /** What /api/status answers once the upstream is chosen; null when it never will be (NotConfigured). */
  status(): Promise<ProxyStatus | null>;
  /** The chosen upstream (its endpoint too), for a host's readiness probe. */
  upstream: Promise<UpstreamState>;
  /** Stops the simulator, if one was started, and closes idle upstream connections. */
  close(): Promise<void>;
}

/**
 * The signing proxy, framework-free: validates the configuration (a ProxyConfigError is thrown
 * here, so a half-configured proxy never starts), chooses SCP or the simulator and returns the
 * handler to mount. The Vite plugin (src/vite/signing-proxy.ts) and any plain node:http server mount the
 * same object.
 */
export function createScpProxy(options: ScpProxyOptions): ScpProxy {
  const { env, logger } = options;
  const config = readProxyConfig(env);
  for (const warning of config.warnings) logger.warn(`[scp-proxy] ${warning}`);
  const upstream = openUpstream(config, env, options.startSimulator, logger);
  const client = createUpstreamClient();
  const handler = createProxyHandler({
    upstream: upstream.state,
    fetchUpstream: options.fetchUpstream ?? client.fetchUpstream,
    now: options.now ?? Date.now,
    logger,
    requestId: options.requestId ?? randomUUID,
    maxBodyBytes: options.maxBodyBytes,
    observer: options.observer,
  });

  return {
    config,
    isProxyPath,
    handle: middleware({
      owns: isProxyPath,
      handler,
      report: (error, req) =>
        logRequest(
          logger,
          `[scp-proxy] ${req.method ?? ''} ${req.url ?? ''} failed: ${String(error)}`,
          req,
          true,
        ),
      failuresToNext: true,
    }),
    status: async () => {
      const state = await upstream.state;
      return state.ready ? state.target.status : null;
    },
    upstream: upstream.state,
    close: async () => {
      client.close();
      await upstream.close();
    },
  };
}
