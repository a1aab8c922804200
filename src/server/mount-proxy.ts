import { mountApi, type MountedApi } from '../inventory/mount.ts';
import type { InventoryLogger } from '../inventory/logger.ts';
import type { ProxyLogger } from '../proxy/logger.ts';
import type { ProxyObserver } from '../proxy/observer.ts';
import { startBuiltInSimulator } from '../simulator/built-in.ts';
import { simulatedHistory } from '../simulator/history.ts';
import { type ServerLogger, userOf } from './log.ts';
import type { Env } from './server-config.ts';

export type ServerProxy = Pick<MountedApi, 'handle' | 'isProxyPath' | 'upstream' | 'close'> &
  Partial<Pick<MountedApi, 'inventory'>>;

/** The server's log as /api's: a request's line names the user the dashboard signed in. */
export function proxyLogger(logger: ServerLogger): InventoryLogger & ProxyLogger {
  return {
    info: (message) => logger.info(message),
    warn: (message) => logger.warn(message),
    error: (message) => logger.error(message),
    request(line, req, failed) {
      const user = userOf(req);
      const fields = user === undefined ? undefined : { user };
      if (failed) logger.warn(line, fields);
      else logger.info(line, fields);
    },
  };
}

/**
 * `/api` exactly as the Vite plugin mounts it: the signing proxy with the same simulator
 * fallback, and the inventory beside it (src/inventory/mount.ts), its data under SCP_DATA_DIR
 * (relative to where the server starts) or in DATABASE_URL; `observer` counts the proxy's
 * requests into the server's metrics.
 */
export function mountProxy(env: Env, logger: ServerLogger, observer?: ProxyObserver): ServerProxy {
  return mountApi({
    env,
    logger: proxyLogger(logger),
    root: process.cwd(),
    startSimulator: startBuiltInSimulator,
    history: simulatedHistory,
    proxy: { observer },
  });
}
