import { randomUUID } from 'node:crypto';
import { loadEnv, type Connect, type HttpServer, type Plugin, type ResolvedConfig } from 'vite';
import { type ProxyConfig, type ProxyEnv, readProxyConfig } from './config.ts';
import { exposureWarning } from './exposure.ts';
import { createProxyHandler, type ProxyHandlerOptions } from './handler.ts';
import type { ProxyLogger } from './logger.ts';
import { isProxyPath } from './route.ts';
import { createUpstreamClient } from './upstream-client.ts';
import { openUpstream, type SimulatorStarter, startBuiltInSimulator } from './upstream.ts';

export interface ScpSigningProxyOptions extends Partial<
  Pick<ProxyHandlerOptions, 'fetchUpstream' | 'now' | 'requestId' | 'maxBodyBytes'>
> {
  /** Replaces process.env and the .env files (tests). */
  env?: ProxyEnv;
  /** Runs the simulator when no keys are configured. */
  startSimulator?: SimulatorStarter;
  /** Defaults to Vite's logger. */
  logger?: ProxyLogger;
}

interface ServerLike {
  middlewares: Connect.Server;
  httpServer: HttpServer | null;
  config: ResolvedConfig;
}

/** Signs /api requests to SCP on both the dev and the preview server (never in a build). */
export function scpSigningProxy(options: ScpSigningProxyOptions = {}): Plugin {
  let env: ProxyEnv = {};
  let config: ProxyConfig;

  function mount(server: ServerLike): void {
    const logger = options.logger ?? server.config.logger;
    for (const warning of config.warnings) logger.warn(`[scp-proxy] ${warning}`);
    const upstream = openUpstream(config, env, options.startSimulator ?? startBuiltInSimulator, logger);
    const client = createUpstreamClient();
    const handler = createProxyHandler({
      upstream: upstream.state,
      fetchUpstream: options.fetchUpstream ?? client.fetchUpstream,
      now: options.now ?? Date.now,
      logger,
      requestId: options.requestId ?? randomUUID,
      maxBodyBytes: options.maxBodyBytes,
    });
    const httpServer = server.httpServer;
    httpServer?.once('listening', () => {
      const warning = exposureWarning(httpServer.address());
      if (warning) logger.warn(warning);
    });
    httpServer?.once('close', () => {
      client.close();
      upstream
        .close()
        .catch((error: unknown) =>
          logger.warn(`[scp-proxy] stopping the simulator failed: ${String(error)}`),
        );
    });
    server.middlewares.use((req, res, next) => {
      if (isProxyPath(req.url)) handler(req, res).catch(next);
      else next();
    });
  }

  return {
    name: 'scp-signing-proxy',
    apply: 'serve',
    // Throwing here makes Vite print the message and exit: a half-configured proxy never starts.
    configResolved(resolved) {
      env = options.env ?? {
        ...(resolved.envDir === false ? {} : loadEnv(resolved.mode, resolved.envDir, '')),
        ...process.env,
      };
      config = readProxyConfig(env);
    },
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
