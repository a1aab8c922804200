import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, FAILING_UPSTREAM, test } from './support/fixtures.ts';
import { SERVERS } from './support/servers.ts';
import { FIRST_LOAD_MS } from './support/volumes-page.ts';

/**
 * The browser's side of SECURITY.md, on the real servers: markup in a volume name stays text,
 * the keys of a server that has some reach the browser nowhere, and a page of another origin
 * can neither read /api nor make the proxy call SCP.
 */
const MARKUP_NAME = '<img src=x onerror=alert(1)>';

/** The keys playwright.config.ts gives the wrongKeys server, read from it so they cannot drift. */
function configuredKeys(): string[] {
  const config = readFileSync(new URL('../playwright.config.ts', import.meta.url), 'utf8');
  const keys = [...config.matchAll(/SCP_(?:ACCESS|SECRET)_KEY: '([^']+)'/g)].map((match) => match[1] ?? '');
  expect(keys.length, 'the wrongKeys server has keys in playwright.config.ts').toBe(2);
  return keys;
}

/** Fails the test on any dialog, and counts elements markup would have created. */
function watchForInjection(page: Page): { dialogs: string[] } {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { dialogs };
}

async function injectedElements(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('img[src="x"], [onerror]').length);
}

test('a volume named with markup shows as literal text, in the table and in the drawer', async ({ page }) => {
  const { dialogs } = watchForInjection(page);
  const found = await page.request.get(
    `${SERVERS.dev}/api/v1/volumes?name=${encodeURIComponent(MARKUP_NAME)}`,
  );
  const { volumes } = (await found.json()) as { volumes: { id: string; name: string }[] };
  expect(volumes.map((volume) => volume.name)).toEqual([MARKUP_NAME]);

  await page.goto(`${SERVERS.dev}/?name=${encodeURIComponent(MARKUP_NAME)}`);
  const table = page.getByRole('table', { name: 'Volumes' });
  await expect(table.getByText(MARKUP_NAME, { exact: true })).toBeVisible({ timeout: FIRST_LOAD_MS });

  await page.goto(`${SERVERS.dev}/?volume=${volumes[0]?.id ?? ''}`);
  const drawer = page.getByRole('dialog', { name: MARKUP_NAME, exact: true });
  await expect(drawer).toBeVisible({ timeout: FIRST_LOAD_MS });
  await expect(drawer.getByText(MARKUP_NAME, { exact: true }).first()).toBeVisible();

  expect(await injectedElements(page)).toBe(0);
  expect(dialogs).toEqual([]);
});

test.describe('with wrong keys', () => {
  test.use({ expectedConsoleErrors: [FAILING_UPSTREAM] });
  test('the keys of a server that has some appear in nothing the browser loads', async ({ page }) => {
    const keys = configuredKeys();
    const bodies: { url: string; text: string }[] = [];
    // Answers still arriving as the test ends find the page closed: reading them then would
    // reject outside any test (and stop the worker's next test), so a late one is left out.
    page.on('response', async (response) => {
      const text = await response.text().catch(() => '');
      const headers = await response.allHeaders().catch(() => null);
      if (headers !== null) bodies.push({ url: response.url(), text: `${JSON.stringify(headers)}\n${text}` });
    });

    const status = await page.request.get(`${SERVERS.wrongKeys}/api/status`);
    expect(await status.json()).toMatchObject({ mode: 'scp' });
    await page.goto(SERVERS.wrongKeys);
    // Every API call fails (401): wait until the page has said so, i.e. it made its calls.
    await expect(page.getByRole('alert').first()).toBeVisible({ timeout: FIRST_LOAD_MS });
    for (const path of ['/@vite/client', '/@vite/env', '/src/main.tsx', '/api/v1/volumes', '/api/nope']) {
      const res = await page.request.get(`${SERVERS.wrongKeys}${path}`);
      bodies.push({ url: path, text: `${JSON.stringify(res.headers())}\n${await res.text()}` });
    }

    expect(bodies.some(({ url }) => url.includes('/api/v1/volumes'))).toBe(true);
    expect(bodies.length).toBeGreaterThan(10);
    for (const { url, text } of bodies) for (const key of keys) expect(text, url).not.toContain(key);
  });
});

test.describe('from another origin', () => {
  test.use({
    // One entry: Playwright reads a two-element array in test.use as [value, fixture options].
    expectedConsoleErrors: [
      {
        message:
          /^console\.error: (Access to fetch at 'http:\/\/localhost:\d+\/api\/v1\/volumes\?limit=1' from origin 'http:\/\/localhost:\d+' has been blocked by CORS policy|Failed to load resource: (net::ERR_FAILED|net::ERR_BLOCKED_BY_RESPONSE\S*|the server responded with a status of 400 .*) @ http:\/\/localhost:\d+\/api\/v1\/volumes\?limit=1$)/,
        why: 'the journey makes a cross-origin read on purpose; Chromium reports the refusal and the failed load',
      },
    ],
  });

  test('a page of another origin can neither read /api nor make the proxy call SCP', async ({ page }) => {
    // Blocked answers never reach Playwright's response events: read them from Chromium itself.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map<string, string>();
    const answers: { url: string; status: number; site: string | undefined }[] = [];
    const sites = new Map<string, string | undefined>();
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.requestWillBeSentExtraInfo', (event) =>
      sites.set(event.requestId, event.headers['Sec-Fetch-Site'] ?? event.headers['sec-fetch-site']),
    );
    cdp.on('Network.responseReceivedExtraInfo', (event) => {
      const url = urls.get(event.requestId) ?? '';
      if (url.startsWith(`${SERVERS.dev}/api/`))
        answers.push({ url, status: event.statusCode, site: sites.get(event.requestId) });
    });
    // Another local origin: same site as the dashboard (ports do not make a site), not same origin.
    await page.goto(`${SERVERS.preview}/`);

    const outcome = await page.evaluate(async (api) => {
      const cors = await fetch(`${api}/api/v1/volumes?limit=1`).then(
        (res) => `read ${res.status}`,
        (error: unknown) => `refused: ${String(error)}`,
      );
      const blind = await fetch(`${api}/api/v1/volumes?limit=1`, { mode: 'no-cors' }).then(
        (res) => `opaque ${res.type}`,
        (error: unknown) => `refused: ${String(error)}`,
      );
      return { cors, blind };
    }, SERVERS.dev);

    // CORS refuses the read; CORP same-origin keeps even the opaque answer out of the page.
    expect(outcome).toEqual({
      cors: expect.stringMatching(/^refused: TypeError/),
      blind: expect.stringMatching(/^refused: TypeError/),
    });
    // And the proxy itself refused them, marked same-site by the browser, before any signed call.
    // Chromium does not always report the extra-info event of an answer it blocked (seen on a
    // loaded CI machine), so every answer it reports must be a refusal, and at least one is.
    await expect.poll(() => answers.length).toBeGreaterThan(0);
    for (const { status, site } of answers) expect([status, site]).toEqual([400, 'same-site']);
  });
});
