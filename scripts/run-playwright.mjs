// `npm run test:e2e [-- playwright args]`: finds or installs Chromium, then runs Playwright
// with it. Kept out of playwright.config.ts because every worker process loads that file.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureChromium } from './find-browser.mjs';

const require = createRequire(import.meta.url);

let browser;
try {
  browser = ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log(`Browser tests use ${browser.path} (${browser.source}).`);

const cli = require.resolve('@playwright/test/package.json').replace(/package\.json$/, 'cli.js');
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PW_CHROMIUM_PATH: browser.path },
});
process.exit(result.status ?? 1);
