import { expect, test, type Page, type Request } from '@playwright/test';
import { settled } from './support/volumes-page.ts';

// A cold dev server compiles the app (and its lazy chunks) on first use: allow for it.
test.describe.configure({ timeout: 60_000 });

/**
 * Every API request the page sends, in order, from navigation on. Auto-refresh is
 * switched off (the stored preference), so a slow machine's 5 s refresh of a page with a
 * volume mid-transition is not counted as a second request.
 */
async function recordApi(page: Page): Promise<Request[]> {
  await page.addInitScript(() => localStorage.setItem('scp-volumes.auto-refresh', 'false'));
  const sent: Request[] = [];
  // A cold dev server may reload the page once it has optimised its dependencies: count the
  // requests of the document that is finally shown.
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) sent.length = 0;
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) sent.push(request);
  });
  return sent;
}

const query = (request: Request) => new URL(request.url()).search;

test.describe('the first page of volumes', () => {
  test('is requested once, first, by index.html, and the page shows that answer', async ({ page }) => {
    const sent = await recordApi(page);
    await page.goto('/?state=in-use&sort=size:desc&page=2&per_page=50');
    await settled(page);
    const list = '?with_count=true&limit=50&sort=size%3Adesc&offset=50&state=in-use';
    // The page itself sends no second copy: the query cache adopted the early answer.
    expect(sent.filter((request) => query(request) === list)).toHaveLength(1);
    // And it went first and alone: counts, status and prefetches wait for the rows.
    expect(query(sent[0] as Request)).toBe(list);
    await expect(page.getByText('51–100 of')).toBeVisible();
  });

  test('is not sent early for a URL the app rejects; the app asks for its own view once', async ({
    page,
  }) => {
    const sent = await recordApi(page);
    await page.goto('/?per_page=30&sort=bogus:asc');
    await settled(page);
    await expect(page.getByRole('status').filter({ hasText: 'per_page' })).toBeVisible();
    const pages = sent.filter((request) => new URL(request.url()).pathname === '/api/v1/volumes');
    // No request for the rejected values, and one for the view the app falls back to.
    expect(pages.filter((request) => /limit=30|bogus/.test(query(request)))).toHaveLength(0);
    expect(pages.filter((request) => query(request) === '?with_count=true&limit=20&offset=0')).toHaveLength(
      1,
    );
  });
});
