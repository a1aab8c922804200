import { randomUUID } from 'node:crypto';
import { readProxyConfig } from '../proxy/config.ts';
import { createProxyHandler } from '../proxy/handler.ts';
import type { ProxyLogger } from '../proxy/logger.ts';
import { isProxyPath } from '../proxy/route.ts';
import { createUpstreamClient } from '../proxy/upstream-client.ts';
import { openUpstream, type UpstreamState } from '../proxy/upstream.ts';
import { startBuiltInSimulator } from '../simulator/built-in.ts';
import type { Env } from './server-config.ts';
import type { MountedProxy } from './dashboard.ts';

export interface ServerProxy extends MountedProxy {
  state: Promise<UpstreamState>;
  close(): Promise<void>;
}

/** The signing proxy as the Vite plugin mounts it: same config, same simulator fallback. */
export function mountProxy(env: Env, logger: ProxyLogger): ServerProxy {
  const config = readProxyConfig(env);
  for (const warning of config.warnings) logger.warn(`[scp-proxy] ${warning}`);
  const upstream = openUpstream(config, env, startBuiltInSimulator, logger);
  const client = createUpstreamClient();
  const handler = createProxyHandler({
    upstream: upstream.state,
    fetchUpstream: client.fetchUpstream,
    now: Date.now,
    logger,
    requestId: randomUUID,
  });
  return {
    state: upstream.state,
    isProxyPath,
    handle: (req, res) => handler(req, res),
    close: async () => {
      client.close();
      await upstream.close();
    },
  };
}
