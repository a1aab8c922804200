import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { SERVE_USER, SERVERS, STANDALONE_SIMULATOR } from './e2e/support/servers.ts';

// scripts/run-playwright.mjs finds or installs a browser and passes it here; a bare
// `npx playwright test` falls back to Playwright's own lookup.
const executablePath = process.env.PW_CHROMIUM_PATH || undefined;
// Every server but `dev` serves dist/ (the production servers run dist-server/ too), built once
// before Playwright starts: by `npm test`, or by scripts/run-playwright.mjs for a bare
// `npm run test:e2e`. A built server starts in a second
// and compiles nothing, where a dev server transforms every module on its first page load.
/** Whatever is in the shell or .env.local, the test servers run on the built-in simulator. */
const simulatorEnv = {
  SCP_ACCESS_KEY: '',
  SCP_SECRET_KEY: '',
  SCP_ENDPOINT: '',
  SCP_SIMULATOR_FAIL_RATE: '0',
  SCP_SIMULATOR_LATENCY_MS: '0',
  SCP_SIMULATOR_CHURN: '0',
  SCP_SIMULATOR_VOLUMES: '',
  SCP_SIMULATOR_SEED: '',
  // The journeys' counts are one region's; the region journeys start their own two-region server.
  SCP_REGIONS: 'kr-west1',
  // No journey reads the inventory yet, and eight servers would each write a month of simulated
  // history into the one project data folder (src/inventory's tests cover it).
  SCP_INVENTORY: 'off',
};

const port = (url: string) => new URL(url).port;

const INVENTORY_DATA = 'node_modules/.e2e-inventory/data';
const INVENTORY_VIEWS_DATA = 'node_modules/.e2e-inventory-views/data';
const SERVE_USER_HASH = 'scrypt.16384.8.1.iLx0qHCZMJd5Ip8PKgniZw.hyGnjjvyDGZrCVxHqfe9TOvqbgG0f77HtEiwUMgU8Qg';
// The binaries themselves, not `npx`: eight servers start at once on two cores, and npx costs
// each of them a second node process.
const vite = (url: string) => `node_modules/.bin/vite --port ${port(url)} --strictPort`;

interface TestServer {
  url: string;
  command: string;
  env: Record<string, string>;
  /** Start-up allowance, when more than a dev server's. */
  timeout?: number;
}

const SERVE_USERS = `${SERVE_USER.username}:${SERVE_USER_HASH}`;

/**
 * The production server: the same compiled server as `npm run build && npm run serve`, from the
 * dist-server/ built beside dist/ (by `npm test`'s image steps or scripts/run-playwright.mjs),
 * with Basic auth. With a data folder, the inventory is on, that folder emptied first: each run
 * starts fresh.
 */
function production(url: string, inventoryData?: string, env: Record<string, string> = {}): TestServer {
  const start = `node dist-server/main.js --dist dist --port ${port(url)}`;
  return {
    url: `${url}/healthz`,
    command: inventoryData ? `rm -rf ${inventoryData} && ${start}` : start,
    env: {
      ...simulatorEnv,
      SCP_DASHBOARD_USERS: SERVE_USERS,
      ...(inventoryData ? { SCP_INVENTORY: 'on', SCP_DATA_DIR: inventoryData } : {}),
      ...env,
    },
  };
}

/** `vite preview`: the built app behind the same signing proxy, as a user may run it. */
function preview(url: string, env: Record<string, string> = {}): TestServer {
  return {
    url,
    command: `node_modules/.bin/vite preview --port ${port(url)} --strictPort`,
    env: { ...simulatorEnv, ...env },
  };
}

/** Every server a project may need, started only when a selected project needs it. */
const servers = {
  dev: { url: SERVERS.dev, command: vite(SERVERS.dev), env: simulatorEnv },
  preview: preview(SERVERS.preview),
  failing: preview(SERVERS.failing, { SCP_SIMULATOR_FAIL_RATE: '1' }),
  simulator: {
    url: `${STANDALONE_SIMULATOR}/`,
    command: 'node_modules/.bin/tsx src/simulator/main.ts',
    env: { ...simulatorEnv, SCP_SIMULATOR_PORT: port(STANDALONE_SIMULATOR) },
  },
  serve: production(SERVERS.serve),
  inventory: production(SERVERS.inventory, INVENTORY_DATA, { SCP_SIMULATOR_CHURN: '1' }),
  // Without churn, for the journey of the inventory's own views (facets, idle volumes, trends):
  // it compares the inventory with a walk of the live API, which churn would move between.
  inventoryViews: production(SERVERS.inventoryViews, INVENTORY_VIEWS_DATA),
  regions: preview(SERVERS.regions, { SCP_REGIONS: 'kr-west1,kr-east1' }),
  regionsFailing: preview(SERVERS.regionsFailing, {
    SCP_REGIONS: 'kr-west1,kr-east1',
    SCP_SIMULATOR_FAIL_REGIONS: 'kr-east1',
  }),
  wrongKeys: preview(SERVERS.wrongKeys, {
    SCP_ENDPOINT: STANDALONE_SIMULATOR,
    SCP_ACCESS_KEY: 'WRONGACCESSKEY0000000000',
    SCP_SECRET_KEY: 'wrong-secret-key',
  }),
} satisfies Record<string, TestServer>;

type ServerName = keyof typeof servers;
type Project = NonNullable<PlaywrightTestConfig['projects']>[number] & { servers: ServerName[] };

const FAULTS = /faults-.*\.spec\.ts/;
const DEV_SMOKE = /dev-smoke\.spec\.ts/;
// By file name: a checkout's own path may hold 'inventory-'.
const INVENTORY = /[\\/]inventory-[^\\/]*\.spec\.ts$/;
const INVENTORY_VIEWS = /[\\/]inventory-views\.spec\.ts$/;

/**
 * Users run the built app, so every journey runs once, on the production server: the one a
 * team hosts, with its Content-Security-Policy watched by every journey (a violation is a
 * console error). `vite preview` serves the same dist/ to the region and fault journeys. The dev
 * server gets its own smoke journeys: what differs between `npm start` and the build.
 */
const projects: Project[] = [
  {
    name: 'serve',
    servers: ['serve'],
    // `send: 'always'` for the tests' own API calls (the `request` fixture): answering a 401
    // challenge first cost Playwright's client about 40 ms a call, and the oracles of some journeys
    // page through the whole account. The browser is unaffected: it answers one challenge and reuses the credentials.
    use: { baseURL: SERVERS.serve, httpCredentials: { ...SERVE_USER, send: 'always' } },
    testIgnore: [FAULTS, DEV_SMOKE, INVENTORY, /regions-.*\.spec\.ts/],
  },
  {
    name: 'inventory',
    servers: ['inventory'],
    use: { baseURL: SERVERS.inventory, httpCredentials: { ...SERVE_USER, send: 'always' } },
    testMatch: INVENTORY,
    testIgnore: INVENTORY_VIEWS,
  },
  {
    name: 'inventory-views',
    servers: ['inventoryViews'],
    use: { baseURL: SERVERS.inventoryViews, httpCredentials: { ...SERVE_USER, send: 'always' } },
    testMatch: INVENTORY_VIEWS,
  },
  { name: 'dev', servers: ['dev'], use: { baseURL: SERVERS.dev }, testMatch: DEV_SMOKE },
  {
    name: 'regions',
    servers: ['regions', 'regionsFailing'],
    use: { baseURL: SERVERS.regions },
    testMatch: /regions-.*\.spec\.ts/,
  },
  {
    name: 'faults',
    servers: ['failing', 'simulator', 'wrongKeys', 'dev', 'preview'],
    use: { baseURL: SERVERS.failing },
    testMatch: FAULTS,
  },
];

/**
 * The projects that run: scripts/run-playwright.mjs names them in E2E_PROJECTS; a bare
 * `npx playwright test --project x` is read from the command line. None named: all.
 */
function selectedProjects(argv: string[]): Project[] {
  const fromRunner = process.env.E2E_PROJECTS?.split(',').filter(Boolean);
  const names =
    fromRunner ??
    argv.flatMap((arg, i) =>
      arg === '--project' ? [argv[i + 1] ?? ''] : arg.startsWith('--project=') ? [arg.slice(10)] : [],
    );
  return names.length ? projects.filter((project) => names.includes(project.name!)) : projects;
}

const needed = new Set(selectedProjects(process.argv).flatMap((project) => project.servers));

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  // A test that passes only on a second try is a failing test.
  retries: 0,
  workers: 2,
  // Bounds for a machine shared with other work, not waits: every step waits for the app's own
  // signal and moves on as soon as it comes, so a passing test takes no longer for them.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  reportSlowTests: { max: 5, threshold: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    locale: 'en-US',
    // Recording a trace snapshots the DOM at every step whether the test passes or not, which
    // made the suite about 2.5× slower on 2 cores. A failure still leaves a screenshot and the
    // page's accessibility snapshot; `E2E_TRACE=1 npm run test:e2e -- <spec>` records a trace.
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        // Each journey runs a page for seconds. V8's optimising compilers (TurboFan, Maglev) spend
        // CPU compiling functions that never run long enough to repay it, and the GPU process
        // composites frames nobody sees: without them the serve project used 221 CPU-s instead of
        // 271 (two runs each, nothing else running). Both change speed only, never what a page
        // does; what users get is measured by `npm run bench`, in a browser launched as they do.
        '--disable-gpu',
        '--js-flags=--no-opt --no-maglev',
      ],
    },
  },
  projects: projects.map(({ servers: _servers, ...project }) => project),
  // One command starts every server the selected projects need, side by side.
  webServer: {
    command: 'node scripts/start-test-servers.mjs',
    env: {
      E2E_SERVERS: JSON.stringify(
        (Object.entries(servers) as [ServerName, TestServer][])
          .filter(([name]) => needed.has(name))
          .map(([name, { url, command, env, timeout }]) => ({
            name,
            url,
            command,
            env,
            timeout: timeout ?? 60_000,
          })),
      ),
    },
    wait: { stdout: /test servers ready/ },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
