import { createScpProxy, type ScpProxy } from '../proxy/create-proxy.ts';
import type { ProxyLogger } from '../proxy/logger.ts';
import { startBuiltInSimulator } from '../simulator/built-in.ts';
import type { Env } from './server-config.ts';

export type ServerProxy = Pick<ScpProxy, 'handle' | 'isProxyPath' | 'upstream' | 'close'>;

/** The signing proxy exactly as the Vite plugin mounts it: same factory, same simulator fallback. */
export function mountProxy(env: Env, logger: ProxyLogger): ServerProxy {
  return createScpProxy({ env, logger, startSimulator: startBuiltInSimulator });
}
