// `npm run test:e2e [-- playwright args]`: finds or installs Chromium, picks free ports for the
// test servers, then runs Playwright with both. Kept out of playwright.config.ts because every
// worker process loads that file again: what must be decided once is decided here and passed
// down in the environment.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureChromium } from './find-browser.mjs';
import { freePorts } from './free-ports.mjs';

const require = createRequire(import.meta.url);
// More than e2e/support/servers.ts uses today, so adding a server needs no change here.
const PORT_POOL_SIZE = 12;

let browser;
try {
  browser = ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`Browser tests use ${browser.path} (${browser.source}).`);

const ports = process.env.E2E_PORT_POOL || (await freePorts(PORT_POOL_SIZE)).join(',');
const cli = require.resolve('@playwright/test/package.json').replace(/package\.json$/, 'cli.js');
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PW_CHROMIUM_PATH: browser.path, E2E_PORT_POOL: ports },
});
process.exit(result.status ?? 1);
