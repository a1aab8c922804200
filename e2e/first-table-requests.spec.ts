import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { settled } from './support/volumes-page.ts';

// A cold dev server compiles the app (and its lazy chunks) on first use: allow for it.
test.describe.configure({ timeout: 60_000 });

/**
 * Auto-refresh off (the stored preference): on a slow machine the 5 s refresh of a page with a
 * volume mid-transition would otherwise count as a second request.
 */
async function open(page: Page, url: string): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('scp-volumes.auto-refresh', 'false'));
  await page.goto(url);
  await settled(page);
}

/**
 * The queries of the API requests this document sent, in the order they left, from the
 * browser's own network record (resource timing). Per document: a cold dev server that reloads
 * the page after optimising its dependencies does not mix in the first document's requests.
 */
function apiRequests(page: Page): Promise<{ path: string; query: string }[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .sort((a, b) => a.startTime - b.startTime)
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname.startsWith('/api/'))
      .map((url) => ({ path: url.pathname, query: url.search })),
  );
}

test.describe('the first page of volumes', () => {
  test('is requested once, first, by index.html, and the page shows that answer', async ({ page }) => {
    // A bare sort key, as someone might type it: descending, as SCP reads it (scp/sort-terms.ts).
    await open(page, '/?state=in-use&sort=size&page=2&per_page=50');
    const list = '?with_count=true&limit=50&sort=size%3Adesc&offset=50&state=in-use';
    const sent = await apiRequests(page);
    // The page itself sends no second copy: the query cache adopted the early answer.
    expect(sent.filter((request) => request.query === list)).toHaveLength(1);
    // And it went first and alone: counts, status and prefetches wait for the rows.
    expect(sent[0]?.query).toBe(list);
    await expect(page.getByText('51–100 of')).toBeVisible();
  });

  test('is not sent early for a URL the app rejects; the app asks for its own view once', async ({
    page,
  }) => {
    // An unknown parameter is rejected too (dropped from the address bar with a notice).
    await open(page, '/?per_page=30&sort=bogus:asc&size=7');
    await expect(page.getByRole('status').filter({ hasText: 'per_page' })).toContainText('size=7');
    await expect(page).toHaveURL((url) => url.search === '');
    const pages = (await apiRequests(page)).filter((request) => request.path === '/api/v1/volumes');
    // No request for the rejected values, and one for the view the app falls back to.
    expect(pages.filter((request) => /limit=30|bogus|size/.test(request.query))).toHaveLength(0);
    expect(pages.filter((request) => request.query === '?with_count=true&limit=20&offset=0')).toHaveLength(1);
  });
});
