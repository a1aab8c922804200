import { mountApi, type MountedApi } from '../inventory/mount.ts';
import type { ProxyLogger } from '../proxy/logger.ts';
import { startBuiltInSimulator } from '../simulator/built-in.ts';
import { simulatedHistory } from '../simulator/history.ts';
import type { Env } from './server-config.ts';

export type ServerProxy = Pick<MountedApi, 'handle' | 'isProxyPath' | 'upstream' | 'close'>;

/**
 * `/api` exactly as the Vite plugin mounts it: the signing proxy with the same simulator
 * fallback, and the inventory beside it (src/inventory/mount.ts), its data under SCP_DATA_DIR
 * (relative to where the server starts) or in DATABASE_URL.
 */
export function mountProxy(env: Env, logger: ProxyLogger & { error(message: string): void }): ServerProxy {
  return mountApi({
    env,
    logger,
    root: process.cwd(),
    startSimulator: startBuiltInSimulator,
    history: simulatedHistory,
  });
}
