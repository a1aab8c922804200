import type { ProxyEnv } from '../../proxy/config.ts';
import { createScpProxy } from '../../proxy/create-proxy.ts';
import { createInventory, type Inventory, type InventoryOptions } from '../../inventory/create-inventory.ts';
import { pinEpoch } from '../../inventory/pin-epoch.ts';
import { startBuiltInSimulator } from '../../simulator/built-in.ts';
import { simulatedHistory } from '../../simulator/history.ts';
import { simulatorOptionsFromEnv } from '../../simulator/options.ts';
import { collectingLogger, rawRequest, startServer, type TestServer } from './http.ts';

export interface InventoryServer extends TestServer {
  inventory: Inventory;
  logger: ReturnType<typeof collectingLogger> & { error(line: string): void };
  /** GET (or another method) on this server; the body parsed as JSON. */
  call(
    path: string,
    method?: string,
  ): Promise<{ status: number; headers: Record<string, unknown>; body: unknown }>;
}

/**
 * The signing proxy and the inventory on one loopback server, composed as the hosts compose them
 * (the simulator's epoch pinned in the inventory's database, the simulated past passed in, the
 * inventory collecting from the proxy's own upstream). No keys: the built-in simulators.
 */
export async function startInventoryServer(
  env: ProxyEnv,
  options: Partial<Omit<InventoryOptions, 'env' | 'logger' | 'root'>> = {},
): Promise<InventoryServer> {
  const lines = collectingLogger();
  const logger = { ...lines, error: (line: string) => lines.lines.push(line) };
  const inventory = createInventory({
    env,
    root: process.cwd(),
    logger,
    history: simulatedHistory(simulatorOptionsFromEnv(env).seed),
    ...options,
  });
  const proxy = createScpProxy({ env, logger, startSimulator: pinEpoch(startBuiltInSimulator, inventory) });
  inventory.collect(proxy.upstream);
  const server = await startServer((req, res) =>
    inventory.isInventoryPath(req.url) ? inventory.handle(req, res) : proxy.handle(req, res),
  );
  return {
    ...server,
    inventory,
    logger,
    async call(path, method = 'GET') {
      const answer = await rawRequest(server.port, path, { method });
      let body: unknown = answer.body;
      try {
        body = JSON.parse(answer.body);
      } catch {
        // Not JSON: the text itself.
      }
      return { status: answer.status, headers: answer.headers, body };
    },
    close: async () => {
      await server.close();
      await inventory.close();
      await proxy.close();
    },
  };
}
