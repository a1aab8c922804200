import { defineConfig, devices } from '@playwright/test';
import { SERVE_USER, SERVERS, STANDALONE_SIMULATOR } from './e2e/support/servers.ts';

// scripts/run-playwright.mjs finds or installs a browser and passes it here; a bare
// `npx playwright test` falls back to Playwright's own lookup.
const executablePath = process.env.PW_CHROMIUM_PATH || undefined;

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
};

const port = (url: string) => new URL(url).port;

/**
 * The production server, built into its own folder: the preview server's `npm run build` may
 * be writing dist/ at the same moment. Same build steps and the same compiled server as
 * `npm run build && npm run serve`. The hash is SERVE_USER's password (npm run hash-password).
 */
const SERVE_DIR = 'node_modules/.e2e-serve';
const serve = [
  `npx vite build --outDir ${SERVE_DIR}/dist --emptyOutDir --logLevel warn`,
  `node scripts/build-server.mjs --out ${SERVE_DIR}/dist-server`,
  `node ${SERVE_DIR}/dist-server/main.js --dist ${SERVE_DIR}/dist --port ${port(SERVERS.serve)}`,
].join(' && ');
const SERVE_USER_HASH = 'scrypt.16384.8.1.iLx0qHCZMJd5Ip8PKgniZw.hyGnjjvyDGZrCVxHqfe9TOvqbgG0f77HtEiwUMgU8Qg';
/** The smoke set of journeys (table, filter, sort, page, drawer) plus the server's own spec. */
const SERVE_SPECS = /(volumes-filter|volumes-sort-paging|drawer-sections|serve-.*)\.spec\.ts/;
const vite = (url: string) => `npx vite --port ${port(url)} --strictPort`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'dev', use: { baseURL: SERVERS.dev }, testIgnore: /(faults|serve)-.*\.spec\.ts/ },
    { name: 'preview', use: { baseURL: SERVERS.preview }, testIgnore: /(faults|serve)-.*\.spec\.ts/ },
    { name: 'serve', use: { baseURL: SERVERS.serve, httpCredentials: SERVE_USER }, testMatch: SERVE_SPECS },
    { name: 'faults', use: { baseURL: SERVERS.failing }, testMatch: /faults-.*\.spec\.ts/ },
  ],
  webServer: [
    {
      command: vite(SERVERS.dev),
      url: SERVERS.dev,
      env: simulatorEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npm run build && npx vite preview --port ${port(SERVERS.preview)} --strictPort`,
      url: SERVERS.preview,
      env: simulatorEnv,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: serve,
      url: `${SERVERS.serve}/healthz`,
      env: { ...simulatorEnv, SCP_DASHBOARD_USERS: `${SERVE_USER.username}:${SERVE_USER_HASH}` },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: vite(SERVERS.failing),
      url: SERVERS.failing,
      env: { ...simulatorEnv, SCP_SIMULATOR_FAIL_RATE: '1' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npx tsx src/simulator/main.ts',
      url: `${STANDALONE_SIMULATOR}/`,
      env: { ...simulatorEnv, SCP_SIMULATOR_PORT: port(STANDALONE_SIMULATOR) },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: vite(SERVERS.wrongKeys),
      url: SERVERS.wrongKeys,
      env: {
        ...simulatorEnv,
        SCP_ENDPOINT: STANDALONE_SIMULATOR,
        SCP_ACCESS_KEY: 'WRONGACCESSKEY0000000000',
        SCP_SECRET_KEY: 'wrong-secret-key',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
