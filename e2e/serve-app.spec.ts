import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { settled, volumeRows } from './support/volumes-page.ts';

// Runs in the `serve` project only: the production server (`npm run serve`, Basic auth). The
// fixture's console guard also fails a journey on any console error, CSP reports included.

/** Every CSP violation the page reports, as the browser itself sees them. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

test.describe('the dashboard on the production server', () => {
  test('loads under its Content-Security-Policy with no violation, through a whole journey', async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    const response = await page.goto('/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self' 'sha256-");
    expect(csp).not.toContain('unsafe-inline');
    await settled(page);

    // Lazy chunks, the drawer and the shortcuts dialog: code split from the first load. The inline
    // theme script in index.html ran too: had its hash been wrong, that would be a violation.
    await page.getByLabel('State', { exact: true }).selectOption('in-use');
    await settled(page);
    await volumeRows(page).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');

    expect(violations).toEqual([]);
  });

  test('serves hashed assets for a year and the page for revalidation, compressed', async ({ page }) => {
    const assets: { url: string; cache: string; encoding: string }[] = [];
    page.on('response', (res) => {
      if (new URL(res.url()).pathname.startsWith('/assets/')) {
        const headers = res.headers();
        assets.push({
          url: res.url(),
          cache: headers['cache-control'] ?? '',
          encoding: headers['content-encoding'] ?? '',
        });
      }
    });
    const response = await page.goto('/');
    expect(response?.headers()['cache-control']).toBe('no-cache');
    await settled(page);
    expect(assets.length).toBeGreaterThan(1);
    for (const asset of assets) expect(asset.cache, asset.url).toBe('public, max-age=31536000, immutable');
    // Files under 1 kB are not worth a compressed twin; the entry script and the CSS are.
    const large = assets.filter((asset) => /\/index-[\w-]+\.(js|css)$/.test(asset.url));
    expect(large.map((asset) => asset.encoding)).toEqual(['br', 'br']);
  });

  test('asks for a password without one', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ httpCredentials: undefined });
    const res = await context.request.get(`${baseURL}/`);
    expect(res.status()).toBe(401);
    expect(res.headers()['www-authenticate']).toContain('Basic');
    await context.close();
  });
});
