import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyEnv } from '../proxy/config.ts';
import { createScpProxy, type ScpProxy, type ScpProxyOptions } from '../proxy/create-proxy.ts';
import type { SimulatorStarter } from '../proxy/upstream.ts';
import { createInventory, type Inventory, type InventoryOptions } from './create-inventory.ts';
import type { HistorySource } from './history-source.ts';
import type { InventoryLogger } from './logger.ts';
import { pinEpoch } from './pin-epoch.ts';

export interface MountOptions {
  /** SCP_*, DATABASE_URL …: merged by the host (process.env over .env files). */
  env: ProxyEnv;
  logger: InventoryLogger;
  /** The project folder (SCP_DATA_DIR is relative to it). */
  root: string;
  /** The simulator for a run without keys (src/simulator/built-in.ts), its epoch pinned here. */
  startSimulator: SimulatorStarter;
  /** The simulated past for a first start on it (src/simulator/history.ts). */
  history: (env: ProxyEnv) => HistorySource;
  /** The proxy's test seams (fetchUpstream, now, requestId …). */
  proxy?: Partial<Omit<ScpProxyOptions, 'env' | 'logger' | 'startSimulator'>>;
  /** The inventory's test seams (clock, fetchUpstream …). */
  inventory?: Partial<Omit<InventoryOptions, 'env' | 'logger' | 'root' | 'history'>>;
}

/** The signing proxy with the inventory beside it: what `/api` is in every host. */
export interface MountedApi extends Pick<ScpProxy, 'isProxyPath' | 'upstream' | 'config'> {
  inventory: Inventory;
  /** /api/inventory/* to the inventory, the rest of /api to the proxy (a Connect middleware too). */
  handle(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  close(): Promise<void>;
}

/**
 * One composition for the hosts (src/server, src/vite): the inventory first, so the simulator's
 * epoch can come from its database, then the proxy, whose upstream the inventory collects from.
 * Both throw their configuration errors here, before anything listens.
 */
export function mountApi(options: MountOptions): MountedApi {
  const { env, logger } = options;
  const inventory = createInventory({
    ...options.inventory,
    env,
    root: options.root,
    logger,
    history: options.history(env),
  });
  let proxy: ScpProxy;
  try {
    proxy = createScpProxy({
      ...options.proxy,
      env,
      logger,
      startSimulator: pinEpoch(options.startSimulator, inventory),
    });
  } catch (error) {
    void inventory.close();
    throw error;
  }
  inventory.collect(proxy.upstream);
  return {
    config: proxy.config,
    inventory,
    isProxyPath: proxy.isProxyPath,
    upstream: proxy.upstream,
    handle(req, res, next) {
      if (inventory.isInventoryPath(req.url)) return inventory.handle(req, res);
      proxy.handle(req, res, next);
    },
    close: async () => {
      await inventory.close();
      await proxy.close();
    },
  };
}
