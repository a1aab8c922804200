import type { ProxyEnv } from '../../proxy/config.ts';
import type { Inventory, InventoryOptions } from '../../inventory/create-inventory.ts';
import { mountApi } from '../../inventory/mount.ts';
import { startBuiltInSimulator } from '../../simulator/built-in.ts';
import { simulatedHistory } from '../../simulator/history.ts';
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
 * The signing proxy and the inventory on one loopback server, mounted as the hosts mount them
 * (src/inventory/mount.ts). No keys: the built-in simulators.
 */
export async function startInventoryServer(
  env: ProxyEnv,
  options: Partial<Omit<InventoryOptions, 'env' | 'logger' | 'root'>> = {},
): Promise<InventoryServer> {
  const lines = collectingLogger();
  const logger = { ...lines, error: (line: string) => lines.lines.push(line) };
  const api = mountApi({
    env,
    logger,
    root: process.cwd(),
    startSimulator: startBuiltInSimulator,
    history: simulatedHistory,
    inventory: options,
  });
  const server = await startServer((req, res) => api.handle(req, res));
  const inventory = api.inventory;
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
      await api.close();
    },
  };
}
