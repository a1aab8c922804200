import { type Browser, chromium } from '@playwright/test';

interface FoundBrowser {
  path: string;
  source: string;
}

/**
 * scripts/find-browser.mjs is plain JS without a declaration, so it is imported by a computed
 * specifier and typed here. The full browser, not the tests' headless shell: the bench measures
 * what a user's Chrome does.
 */
async function findChromium(): Promise<FoundBrowser> {
  const specifier = new URL('../../find-browser.mjs', import.meta.url).href;
  const module = (await import(specifier)) as {
    ensureChromium: (env: NodeJS.ProcessEnv, options: { shell: boolean }) => FoundBrowser;
  };
  return module.ensureChromium(process.env, { shell: false });
}

export interface LaunchedBrowser {
  browser: Browser;
  path: string;
  version: string;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  const found = await findChromium();
  const browser = await chromium.launch({
    executablePath: found.path,
    // As in playwright.config.ts; background work would only add noise to timings.
    args: [
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  return { browser, path: found.path, version: browser.version() };
}
