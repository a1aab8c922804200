// The inventory in its own process, as a server runs it, collecting from simulators in other
// processes: its memory is then its own (RSS before and after a run, and the peak), and the
// read API is timed over HTTP as a browser would call it.
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInventory } from '../../src/inventory/create-inventory.ts';
import { CONFIG_DEFAULTS } from '../../src/proxy/config.ts';
import { type ReadyUpstream, readyUpstream, upstreamTarget } from '../../src/proxy/upstream.ts';
import { simulatedHistory } from '../../src/simulator/history.ts';
import { runChild } from './child-process.ts';
import type { SimulatorInfo } from './simulator-child.ts';

export interface InventoryChildInput {
  regions: { region: string; simulator: SimulatorInfo }[];
  dataDir?: string;
  databaseUrl?: string;
  historyDays: number;
}

export interface InventoryChildInfo {
  url: string;
  /** Before the first run (the database open, nothing collected). */
  rssBeforeBytes: number;
}

function upstream(regions: InventoryChildInput['regions']): ReadyUpstream {
  const config = { ...CONFIG_DEFAULTS, timeoutMs: 60_000, regions: regions.map((each) => each.region) };
  return readyUpstream(
    regions.map(({ simulator }) => upstreamTarget(config, simulator.url, simulator, 'simulator')),
  );
}

await runChild<InventoryChildInput, InventoryChildInfo>(async (input) => {
  if (input.dataDir) mkdirSync(input.dataDir, { recursive: true });
  const inventory = createInventory({
    env: {
      SCP_DATA_DIR: input.dataDir,
      DATABASE_URL: input.databaseUrl,
      SCP_INVENTORY_HISTORY_DAYS: String(input.historyDays),
      // The simulated past at the default interval; the bench is done long before a second run.
      SCP_INVENTORY_INTERVAL: '10m',
    },
    root: process.cwd(),
    logger: {
      info: (line) => void (line.includes('simulated') && console.log(`  ${line}`)),
      warn: (line) => console.warn(line),
      error: (line) => console.error(line),
    },
    history: simulatedHistory({}),
  });
  const server = createServer((req, res) => inventory.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const rssBeforeBytes = process.memoryUsage().rss;
  inventory.collect(Promise.resolve(upstream(input.regions)));
  return {
    info: { url: `http://127.0.0.1:${port}`, rssBeforeBytes },
    close: async () => {
      server.close();
      await inventory.close();
    },
  };
});
