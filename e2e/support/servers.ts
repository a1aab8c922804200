/**
 * The servers Playwright starts (see playwright.config.ts). All of them are the real Vite
 * dev/preview server with the real signing proxy in front of the real simulator.
 *
 * Ports: `npm run test:e2e` (scripts/run-playwright.mjs) finds free ports once and hands them
 * to every Playwright process in E2E_PORT_POOL, so parallel runs on one machine never collide.
 * Playwright re-evaluates this module in each worker, hence the environment, not a random
 * pick here. The fixed ports below are only the fallback for a bare `npx playwright test`.
 */
const FALLBACK_PORTS = {
  dev: 5301,
  preview: 5302,
  failing: 5303,
  wrongKeys: 5304,
  simulator: 5310,
  serve: 5305,
  regions: 5306,
  regionsFailing: 5307,
  inventory: 5308,
  inventoryViews: 5309,
} as const;

type ServerName = keyof typeof FALLBACK_PORTS;

/** Assigns the pool's ports to the servers in a fixed order, so every process agrees. */
function ports(): Record<ServerName, number> {
  const names = Object.keys(FALLBACK_PORTS) as ServerName[];
  const pool = (process.env.E2E_PORT_POOL ?? '').split(',').filter(Boolean).map(Number);
  if (pool.length === 0) return { ...FALLBACK_PORTS };
  if (pool.length < names.length || pool.some((p) => !Number.isInteger(p) || p <= 0)) {
    throw new Error(`E2E_PORT_POOL needs ${names.length} ports, got "${process.env.E2E_PORT_POOL}".`);
  }
  return Object.fromEntries(names.map((name, i) => [name, pool[i]])) as Record<ServerName, number>;
}

const PORTS = ports();

export const SERVERS = {
  /** `npm start` equivalent: dev server, no keys → built-in simulator. */
  dev: `http://localhost:${PORTS.dev}`,
  /** `npm run build && npm run preview`: the built app, same proxy. */
  preview: `http://localhost:${PORTS.preview}`,
  /** Dev server whose simulator fails every request (SCP_SIMULATOR_FAIL_RATE=1). */
  failing: `http://localhost:${PORTS.failing}`,
  /** Dev server with wrong keys against a standalone simulator: every API call is a 401. */
  wrongKeys: `http://localhost:${PORTS.wrongKeys}`,
  /** `npm run build && npm run serve`: the production server, Basic auth (SERVE_USER). */
  serve: `http://localhost:${PORTS.serve}`,
  /** Dev server whose simulator stands in for two regions (SCP_REGIONS=kr-west1,kr-east1). */
  regions: `http://localhost:${PORTS.regions}`,
  /** The same two regions, kr-east1 answering every request with a 500. */
  regionsFailing: `http://localhost:${PORTS.regionsFailing}`,
  /** The production server with the inventory on (embedded SQLite) and the simulator's churn. */
  inventory: `http://localhost:${PORTS.inventory}`,
  /** The same without churn: the inventory's views compared with a walk of the live API. */
  inventoryViews: `http://localhost:${PORTS.inventoryViews}`,
} as const;

/** The one user of the `serve` server; the hash in playwright.config.ts is of this password. */
export const SERVE_USER = { username: 'e2e', password: 'e2e-serve-password' } as const;

/** The standalone simulator behind `wrongKeys` (npm run simulator). */
export const STANDALONE_SIMULATOR = `http://127.0.0.1:${PORTS.simulator}`;
