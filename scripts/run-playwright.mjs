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

/** `--project a b`, `--project=a`: the flag takes every name after it (spec paths go before it). */
function projectNames(argv) {
  const names = [];
  let taking = false;
  for (const arg of argv) {
    if (arg.startsWith('--project=')) names.push(...arg.slice(10).split(','));
    taking = arg === '--project' || (taking && !arg.startsWith('-') && !/[/.]/.test(arg));
    if (taking && arg !== '--project') names.push(arg);
  }
  return names;
}

// Every server but the dev server serves dist/, and the production servers run dist-server/
// (playwright.config.ts): `npm run build` builds both once, here,
// unless `npm test` already did (E2E_BUILT=1) or only the dev project runs.
const args = process.argv.slice(2);
const projects = projectNames(args);
const devOnly = projects.length > 0 && projects.every((name) => name === 'dev');
if (process.env.E2E_BUILT !== '1' && !devOnly) {
  console.log('Building dist/ for the built-app servers…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const ports = process.env.E2E_PORT_POOL || (await freePorts(PORT_POOL_SIZE)).join(',');
const cli = require.resolve('@playwright/test/package.json').replace(/package\.json$/, 'cli.js');
const result = spawnSync(process.execPath, [cli, 'test', ...args], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PW_CHROMIUM_PATH: browser.path,
    E2E_PORT_POOL: ports,
    // Which projects run, so the config starts only their servers.
    E2E_PROJECTS: projects.join(','),
  },
});
process.exit(result.status ?? 1);
