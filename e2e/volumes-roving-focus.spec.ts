import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { pagination, settled, volumeRows } from './support/volumes-page.ts';

/** Whether keyboard focus is inside the pagination bar. */
function focusInPagination(page: Page) {
  return expect.poll(() => pagination(page).evaluate((nav) => nav.contains(document.activeElement)));
}

test('the rows are one Tab stop: arrows, j/k, Home and End move between rows, Tab leaves for the pagination', async ({
  page,
}) => {
  await page.goto('/');
  await settled(page);
  const rows = volumeRows(page);
  // Each key, and the row it moves the focus to.
  const steps = [
    ['j', 0],
    ['ArrowDown', 1],
    ['j', 2],
    ['ArrowUp', 1],
    ['k', 0],
    ['End', 19],
    ['Home', 0],
    ['ArrowDown', 1],
    ['j', 2],
  ] as const;
  for (const [key, row] of steps) {
    await page.keyboard.press(key);
    await expect(rows.nth(row), `after ${key}`).toBeFocused();
  }

  // One press from a row to the pagination: no copy buttons or dates in between (there were 3 a row).
  await page.keyboard.press('Tab');
  await focusInPagination(page).toBe(true);
  // Back into the table lands on the row last used, the table's single stop.
  await page.keyboard.press('Shift+Tab');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('volume'))
    .toBe(await rows.nth(2).getAttribute('data-row-id'));
});

test('skip links, shown when focused, go to the table and to the pagination', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const toTable = page.getByRole('link', { name: 'Skip to volumes table' });
  const toPaging = page.getByRole('link', { name: 'Skip to pagination' });
  // They arrive with the header's controls, after the first rows.
  await expect(toTable).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(toTable).toBeFocused();
  expect((await toTable.boundingBox())?.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await expect(volumeRows(page).nth(0)).toBeFocused();

  await toPaging.focus();
  expect((await toPaging.boundingBox())?.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await focusInPagination(page).toBe(true);
});
