import type { Page } from '@playwright/test';
import { cellOf, columnCells } from './support/columns.ts';
import { expect, test } from './support/fixtures.ts';
import { apiCount, pagination, settled, volumeRows } from './support/volumes-page.ts';

// The `dev` project runs only this file: what differs between `npm start` and the build is
// Vite's on-demand compilation, the dev server's index.html and React's development checks
// (hooks, use()). One journey, so the cold server compiles the app once. Each step here is also
// a full journey on the production server (volumes-sort-paging, volumes-filter, drawer-keyboard,
// first-table-requests, i18n-korean).

const fmt = (value: number) => value.toLocaleString('en-US');

/** The queries of the API requests this document sent, in the order they left. */
function apiQueries(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .sort((a, b) => a.startTime - b.startTime)
      .map((entry) => new URL(entry.name))
      .filter((url) => url.pathname === '/api/v1/volumes')
      .map((url) => url.search),
  );
}

async function sizes(page: Page): Promise<number[]> {
  const texts = await (await columnCells(page, 'Size')).allInnerTexts();
  return texts.map((text) => Number(text.replace(/[^\d]/g, '')));
}

test('load, page, filter, sort, the drawer and Korean with a reload, on the dev server', async ({ page }) => {
  const [total, errors] = await Promise.all([apiCount(page, ''), apiCount(page, 'state=error')]);
  // Auto-refresh off (the stored preference), so a refresh cannot count as a second request.
  await page.addInitScript(() => localStorage.setItem('scp-volumes.auto-refresh', 'false'));
  await page.goto('/');
  await settled(page);
  await expect(page.getByRole('banner')).toContainText('Simulator');
  // index.html asked for the first page before the app ran, and the app adopted that answer.
  const first = '?with_count=true&limit=20&offset=0';
  const sent = await apiQueries(page);
  expect(sent[0]).toBe(first);
  expect(sent.filter((query) => query === first)).toHaveLength(1);
  await expect(pagination(page)).toContainText(`1–20 of ${fmt(total)}`);

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(pagination(page)).toContainText(`21–40 of ${fmt(total)}`);

  await page.getByLabel('State', { exact: true }).selectOption('error');
  await expect(page).toHaveURL(/\?state=error$/);
  await expect(pagination(page)).toContainText(`of ${fmt(errors)}`);
  await settled(page);
  const states = await volumeRows(page)
    .locator('[data-state]')
    .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-state')));
  expect(states).toHaveLength(Math.min(errors, 20));
  expect(new Set(states)).toEqual(new Set(['error']));

  await page.getByRole('button', { name: 'Size', exact: true }).click();
  await expect(page).toHaveURL(/\?state=error&sort=size:asc$/);
  await settled(page);
  const ascending = await sizes(page);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  const row = volumeRows(page).first();
  const id = await row.getAttribute('data-row-id');
  await (await cellOf(page, row, 'Size')).click();
  await expect(page).toHaveURL(new RegExp(`[?&]volume=${id}$`));
  await expect(page.getByRole('region', { name: 'Overview' })).toContainText(id!);
  // The inventory is off on this server: the History section says so, the rest is live.
  await expect(page.getByRole('region', { name: 'History' })).toContainText('off on this server');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(row).toBeFocused();

  // A reload starts the app in a language whose catalogue is not loaded yet: React reports
  // misuse of use() and Suspense there only in a development build.
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
  await expect(
    page.getByRole('table', { name: '볼륨' }).getByRole('columnheader', { name: '크기' }),
  ).toBeVisible();
  await expect(pagination(page)).toContainText('개 중');
  await page.reload();
  await settled(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
  await expect(page.getByRole('columnheader', { name: '크기' })).toHaveAttribute('aria-sort', 'ascending');

  // The Changes page (its lazy chunk compiled on demand) says the inventory is off; Back returns.
  await page.getByRole('navigation').getByRole('link', { name: '변경 내역' }).click();
  await expect(page).toHaveURL(/\?view=changes$/);
  await expect(page.getByRole('heading', { name: '변경 내역' })).toBeVisible();
  await expect(page.getByTestId('inventory-off')).toContainText('SCP_INVENTORY=off');
  await page.goBack();
  await settled(page);
});
