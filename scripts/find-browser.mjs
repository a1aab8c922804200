// Finds a Chromium for the Playwright tests, installing one if it must, so `npm test` needs no
// manual step on a fresh machine. Order (toolchain notes): Playwright's managed Chromium,
// CHROMIUM_PATH, /usr/bin/chromium, `playwright install chromium`, then apt-get as root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function managedChromium() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Looks without installing anything. */
export function locateChromium(env = process.env) {
  const managed = managedChromium();
  if (managed) return { path: managed, source: "Playwright's managed Chromium" };
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    console.warn(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist; looking elsewhere.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: DEBIAN_CHROMIUM };
  return null;
}

function run(command, args, timeoutMs) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

/** Looks, then installs: Playwright's download first, Debian's package when that fails. */
export function ensureChromium(env = process.env) {
  const found = locateChromium(env);
  if (found) return found;

  console.log('No Chromium found; trying `playwright install chromium`…');
  if (run(process.execPath, [require.resolve('playwright/package.json').replace(/package\.json$/, 'cli.js'), 'install', 'chromium'], 5 * 60_000)) {
    const managed = managedChromium();
    if (managed) return { path: managed, source: "Playwright's managed Chromium (just installed)" };
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Playwright's download failed; installing Debian's chromium with apt-get…");
    const aptEnv = ['-o', 'DPkg::Lock::Timeout=120'];
    if (run('apt-get', ['update', ...aptEnv], 5 * 60_000) && run('apt-get', ['install', '-y', ...aptEnv, 'chromium'], 10 * 60_000)) {
      if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: `${DEBIAN_CHROMIUM} (just installed)` };
    }
  }

  throw new Error(
    [
      'No Chromium for the browser tests, and none could be installed.',
      'Fix one of these, then run `npm test` again:',
      '  • npx playwright install chromium        (needs access to Playwright\'s download host)',
      '  • sudo apt-get install -y chromium       (Debian/Ubuntu)',
      '  • export CHROMIUM_PATH=/path/to/chrome   (any Chromium or Chrome build)',
    ].join('\n'),
  );
}
