// Finds a Chromium for the Playwright tests, installing one if it must, so `npm test` needs no
// manual step on a fresh machine. Order (toolchain notes): Playwright's managed Chromium,
// CHROMIUM_PATH, Debian's headless shell, Debian's chromium, `playwright install chromium`,
// then apt-get as root.
//
// The tests prefer Debian's chromium-headless-shell: it renders with the same engine, but
// without the full browser's UI and GPU process it runs the journeys about a third faster on
// this project's 2-core machines. The bench asks for the full browser (`{ shell: false }`):
// it measures what a user's Chrome does.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { aptInstall, canApt, runCommand } from './apt-install.mjs';

const require = createRequire(import.meta.url);
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_SHELL = '/usr/bin/chromium-headless-shell';

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
export function locateChromium(env = process.env, { shell = true } = {}) {
  const managed = managedChromium();
  if (managed) return { path: managed, source: "Playwright's managed Chromium" };
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    console.warn(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist; looking elsewhere.`);
  }
  if (shell && existsSync(DEBIAN_SHELL)) return { path: DEBIAN_SHELL, source: DEBIAN_SHELL };
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: DEBIAN_CHROMIUM };
  return null;
}

/** Looks, then installs: Playwright's download first, Debian's package when that fails. */
export function ensureChromium(env = process.env, { shell = true } = {}) {
  const found = locateChromium(env, { shell });
  // Only Debian's full browser here: the headless shell is one small package away.
  if (found?.path === DEBIAN_CHROMIUM && shell && canApt()) {
    console.log('Installing chromium-headless-shell: the browser tests run faster in it…');
    if (aptInstall('chromium-headless-shell'))
      return { path: DEBIAN_SHELL, source: `${DEBIAN_SHELL} (just installed)` };
    console.log('Could not install it; the tests use the full browser.');
  }
  if (found) return found;

  console.log('No Chromium found; trying `playwright install chromium`…');
  if (
    runCommand(
      process.execPath,
      [require.resolve('playwright/package.json').replace(/package\.json$/, 'cli.js'), 'install', 'chromium'],
      5 * 60_000,
    )
  ) {
    const managed = managedChromium();
    if (managed) return { path: managed, source: "Playwright's managed Chromium (just installed)" };
  }

  if (canApt()) {
    const [pkg, path] = shell ? ['chromium-headless-shell', DEBIAN_SHELL] : ['chromium', DEBIAN_CHROMIUM];
    console.log(`Playwright's download failed; installing Debian's ${pkg} with apt-get…`);
    if (aptInstall(pkg) && existsSync(path)) return { path, source: `${path} (just installed)` };
  }

  throw new Error(
    [
      'No Chromium for the browser tests, and none could be installed.',
      'Fix one of these, then run `npm test` again:',
      "  • npx playwright install chromium        (needs access to Playwright's download host)",
      '  • sudo apt-get install -y chromium-headless-shell   (Debian/Ubuntu; or chromium)',
      '  • export CHROMIUM_PATH=/path/to/chrome   (any Chromium or Chrome build)',
    ].join('\n'),
  );
}
