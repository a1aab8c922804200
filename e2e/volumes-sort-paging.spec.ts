import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { columnCells } from './support/columns.ts';
import { FIRST_LOAD_MS, pagination, settled, volumeRows, volumesTable } from './support/volumes-page.ts';

const table = volumesTable;
const rows = volumeRows;

/** Sizes in GB of the visible rows. */
async function sizes(page: Page): Promise<number[]> {
  const texts = await (await columnCells(page, 'Size')).allInnerTexts();
  return texts.map((text) => Number(text.replace(/[^\d]/g, '')));
}

async function total(page: Page): Promise<number> {
  const response = await page.request.get('/api/v1/volumes?limit=1&with_count=true');
  return ((await response.json()) as { count: number }).count;
}

const fmt = (value: number) => value.toLocaleString('en-US');

test.describe('sorting', () => {
  test('by size ascending, then descending, then back to the API order', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    const header = page.getByRole('columnheader', { name: 'Size' });
    const button = page.getByRole('button', { name: 'Size', exact: true });
    await expect(header).toHaveAttribute('aria-sort', 'none');

    const sorted: Partial<Record<'asc' | 'desc', number[]>> = {};
    for (const [direction, ariaSort, order] of [
      ['asc', 'ascending', (a: number, b: number) => a - b],
      ['desc', 'descending', (a: number, b: number) => b - a],
    ] as const) {
      await button.click();
      await expect(page).toHaveURL(new RegExp(`\\?sort=size:${direction}$`));
      await expect(header).toHaveAttribute('aria-sort', ariaSort);
      await settled(page);
      const values = await sizes(page);
      expect(values).toEqual([...values].sort(order));
      sorted[direction] = values;
    }
    expect(sorted.desc![0]).toBeGreaterThanOrEqual(sorted.asc!.at(-1)!);

    await button.click();
    await expect(page).not.toHaveURL(/sort=/);
    await expect(header).toHaveAttribute('aria-sort', 'none');
  });

  test('shift-click adds a secondary key, and a sort change returns to page 1', async ({ page }) => {
    await page.goto('/?page=3');
    await settled(page);
    await page.getByRole('button', { name: 'Type', exact: true }).click();
    await expect(page).toHaveURL(/\?sort=volume_type:asc$/);
    await page.getByRole('button', { name: 'Size', exact: true }).click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/\?sort=volume_type:asc,size:asc$/);
    await expect(page.getByRole('columnheader', { name: 'Type' })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'ascending');
  });
});

test.describe('paging', () => {
  test('next, last and first page, with the range and the URL in step', async ({ page }) => {
    const count = await total(page);
    const last = Math.ceil(count / 20);
    await page.goto('/');
    await settled(page);
    await expect(pagination(page)).toContainText(`1–20 of ${fmt(count)}`);
    await expect(page.getByRole('button', { name: 'First page' })).toBeDisabled();

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\?page=2$/);
    await expect(pagination(page)).toContainText(`21–40 of ${fmt(count)}`);

    await page.getByRole('button', { name: 'Last page' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?page=${last}$`));
    await expect(pagination(page)).toContainText(
      `${fmt((last - 1) * 20 + 1)}–${fmt(count)} of ${fmt(count)}`,
    );
    await settled(page);
    expect(await rows(page).count()).toBe(count - (last - 1) * 20);
    await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await page.getByRole('button', { name: 'First page' }).click();
    await expect(page).not.toHaveURL(/page=/);
  });

  test('rows per page and jump to page', async ({ page }) => {
    const count = await total(page);
    await page.goto('/');
    await settled(page);
    await page.getByLabel('Rows per page').selectOption('50');
    await expect(page).toHaveURL(/\?per_page=50$/);
    await expect(pagination(page)).toContainText(`1–50 of ${fmt(count)}`);
    await settled(page);
    expect(await rows(page).count()).toBe(50);

    await page.getByLabel('Page', { exact: true }).fill('3');
    await page.getByLabel('Page', { exact: true }).press('Enter');
    await expect(page).toHaveURL(/\?page=3&per_page=50$/);
    await expect(pagination(page)).toContainText(`101–150 of ${fmt(count)}`);
  });

  test('a page number past the last goes to the last page and says so', async ({ page }) => {
    const last = Math.ceil((await total(page)) / 20);
    await page.goto('/');
    await settled(page);
    const box = page.getByLabel('Page', { exact: true });
    await box.fill(String(last + 40));
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?page=${last}$`));
    await expect(pagination(page)).toContainText(
      `There is no page ${fmt(last + 40)}: showing the last page, ${fmt(last)}.`,
    );
    await expect(box).toHaveValue(String(last));
  });

  test('a page of 1,000 rows renders, End and Home reach its last and first rows, and it scrolls', async ({
    page,
  }) => {
    await page.goto('/?per_page=1000');
    await settled(page);
    await expect(pagination(page)).toContainText('1–1,000 of');
    // Windowed: far fewer than 1,000 rows exist in the DOM at once.
    expect(await rows(page).count()).toBeLessThan(100);
    await page.keyboard.press('j');
    await expect(rows(page).first()).toBeFocused();
    // The last row is not in the DOM yet: End scrolls there and focuses it once rendered.
    await page.keyboard.press('End');
    await expect(table(page).locator('tr[data-row-index="999"]')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(table(page).locator('tr[data-row-index="0"]')).toBeFocused();
    await table(page)
      .locator('xpath=..')
      .evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(table(page).locator('tr[data-row-index="999"]')).toBeVisible();
  });

  test('a page after the last says so and offers the last page', async ({ page }) => {
    const count = await total(page);
    const last = Math.ceil(count / 20);
    await page.goto('/?page=999');
    await expect(page.getByText(`Page 999 does not exist: the last page is ${fmt(last)}.`)).toBeVisible({
      timeout: FIRST_LOAD_MS,
    });
    await page.getByRole('button', { name: 'Go to the last page' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?page=${last}$`));
    await settled(page);
  });

  test('the previous rows stay, dimmed, while the next page loads', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    const first = await rows(page).first().getAttribute('data-row-id');
    // Hold the next request so the in-between state can be seen.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/api\/v1\/volumes\?.*offset=40/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Next page' }).click();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\?page=3$/);
    await expect(table(page)).toHaveAttribute('aria-busy', 'true');
    expect(await rows(page).count()).toBe(20);
    expect(await rows(page).first().getAttribute('data-row-id')).not.toBeNull();
    release();
    await settled(page);
    expect(await rows(page).first().getAttribute('data-row-id')).not.toBe(first);
  });
});
