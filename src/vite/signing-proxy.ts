import type { Plugin } from 'vite';
import { readInventoryConfig } from '../inventory/config.ts';
import type { HistorySource } from '../inventory/history-source.ts';
import type { Inventory } from '../inventory/create-inventory.ts';
import { mountApi } from '../inventory/mount.ts';
import { type ProxyEnv, readProxyConfig } from '../proxy/config.ts';
import { createScpProxy, type ScpProxyOptions } from '../proxy/create-proxy.ts';
import { exposureWarning } from '../proxy/exposure.ts';
import { pluginEnv, type ServerLike } from './plugin-env.ts';

export interface ScpSigningProxyOptions extends Partial<ScpProxyOptions> {
  /** Replaces process.env and the .env files (tests). */
  env?: ProxyEnv;
  /** Defaults to Vite's logger. */
  logger?: ScpProxyOptions['logger'];
  /**
   * Mounts the inventory beside the proxy (src/inventory/mount.ts), its data under SCP_DATA_DIR
   * relative to Vite's root, with this simulated past for a first start without keys.
   */
  inventory?: { history: (env: ProxyEnv) => HistorySource };
  /** Told of the inventory once it is mounted (vite.config.ts registers its metrics). */
  onInventory?: (inventory: Inventory) => void;
}

/**
 * Mounts the signing proxy (create-proxy.ts), and the inventory beside it when asked, on both the
 * dev and the preview server, never in a build.
 */
export function scpSigningProxy(options: ScpSigningProxyOptions = {}): Plugin {
  let env: ProxyEnv = {};

  function mount(server: ServerLike): void {
    const logger = options.logger ?? server.config.logger;
    const { inventory, startSimulator, onInventory, ...seams } = options;
    const proxy =
      inventory && startSimulator
        ? mountApi({
            env,
            logger: { ...logger, error: 'error' in logger ? logger.error : logger.warn },
            root: server.config.root,
            startSimulator,
            history: inventory.history,
            proxy: seams,
          })
        : createScpProxy({ ...seams, startSimulator, env, logger });
    if ('inventory' in proxy && proxy.inventory.config.enabled) onInventory?.(proxy.inventory);
    const httpServer = server.httpServer;
    httpServer?.once('listening', () => {
      const warning = exposureWarning(httpServer.address());
      if (warning) logger.warn(warning);
    });
    httpServer?.once('close', () => {
      proxy
        .close()
        .catch((error: unknown) =>
          logger.warn(`[scp-proxy] stopping the simulator failed: ${String(error)}`),
        );
    });
    server.middlewares.use(proxy.handle);
  }

  return {
    name: 'scp-signing-proxy',
    apply: 'serve',
    configResolved(resolved) {
      env = pluginEnv(resolved, options.env);
      // Throwing here makes Vite print the message and exit: a half-configured proxy never starts.
      readProxyConfig(env);
      if (options.inventory) readInventoryConfig(env, resolved.root);
    },
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
