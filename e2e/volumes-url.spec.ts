import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { settled, volumesTable } from './support/volumes-page.ts';

const table = volumesTable;

async function ids(page: Page): Promise<(string | null)[]> {
  await settled(page);
  return table(page)
    .locator('tbody tr[data-row-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id')));
}

test.describe('the URL owns the view', () => {
  test('reload restores filters, sort and page exactly', async ({ page }) => {
    await page.goto('/?state=in-use&sort=created_at:desc,name:asc&page=2&per_page=50');
    const before = await ids(page);
    await page.reload();
    await expect.poll(() => ids(page)).toEqual(before);
    await expect(page.getByLabel('State', { exact: true })).toHaveValue('in-use');
    await expect(page.getByLabel('Rows per page')).toHaveValue('50');
    await expect(page.getByLabel('Page', { exact: true })).toHaveValue('2');
    await expect(page.getByRole('columnheader', { name: 'Created' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  test('back and forward walk through the views', async ({ page }) => {
    await page.goto('/');
    const home = await ids(page);
    await page.getByLabel('Bootable', { exact: true }).selectOption({ label: 'Yes' });
    await expect(page).toHaveURL(/\?bootable=true$/);
    const bootable = await ids(page);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\?bootable=true&page=2$/);
    const second = await ids(page);

    await page.goBack();
    await expect(page).toHaveURL(/\?bootable=true$/);
    await expect.poll(() => ids(page)).toEqual(bootable);
    await expect(page.getByLabel('Bootable', { exact: true })).toHaveValue('true');
    await page.goBack();
    await expect.poll(() => ids(page)).toEqual(home);
    await expect(page.getByLabel('Bootable', { exact: true })).toHaveValue('');
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/\?bootable=true&page=2$/);
    await expect.poll(() => ids(page)).toEqual(second);
  });

  test('typing a name replaces the history entry instead of adding one per letter', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    const name = page.getByLabel('Name', { exact: true });
    await name.pressSequentially('db-', { delay: 400 });
    await expect(page).toHaveURL(/\?name=db-$/);
    await page.goBack();
    await expect(page).not.toHaveURL(/name=/);
    await expect(name).toHaveValue('');
  });

  test('invalid values fall back to defaults with a notice, never a blank page', async ({ page }) => {
    await page.goto('/?per_page=7&sort=size:sideways&page=zero&bootable=perhaps&state=Available&name=db-01');
    await settled(page);
    await expect(page.getByRole('status').filter({ hasText: 'were not understood' })).toContainText(
      'per_page=7',
    );
    await expect(page.getByText('sort=size:sideways')).toBeVisible();
    await expect(page.getByText('bootable=perhaps')).toBeVisible();
    // States match exactly: `Available` would be sent as it is and match nothing.
    await expect(page.getByText('state=Available')).toBeVisible();
    await expect(page.getByLabel('State', { exact: true })).toHaveValue('');
    // The address bar holds the corrected view, in place of the bad link.
    await expect(page).toHaveURL(/\/\?name=db-01$/);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText('1–');
    await expect(page.getByLabel('Rows per page')).toHaveValue('20');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText('were not understood')).toHaveCount(0);
  });

  test('a filter change returns to page 1', async ({ page }) => {
    await page.goto('/?page=4');
    await settled(page);
    await page.getByLabel('State', { exact: true }).selectOption('available');
    await expect(page).toHaveURL(/\?state=available$/);
  });
});
