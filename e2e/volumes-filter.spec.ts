import { expect, test } from '@playwright/test';
import { apiCount, settled, volumeRows } from './support/volumes-page.ts';

// A cold dev server compiles the app (and its lazy chunks) on first use: allow for it.
test.describe.configure({ timeout: 60_000 });

const rows = volumeRows;

const fmt = (value: number) => value.toLocaleString('en-US');

test.describe('filtering the volumes', () => {
  test('by state: the URL, the rows and the count agree', async ({ page }) => {
    const total = await apiCount(page, 'state=error');
    await page.goto('/');
    await settled(page);
    await page.getByLabel('State', { exact: true }).selectOption('error');

    await expect(page).toHaveURL(/[?&]state=error(&|$)/);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(
      `1–${fmt(Math.min(total, 20))} of ${fmt(total)}`,
    );
    await settled(page);
    const states = await rows(page)
      .locator('[data-state]')
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-state')));
    expect(states.length).toBe(Math.min(total, 20));
    expect(new Set(states)).toEqual(new Set(['error']));
  });

  test('by bootable: the URL, the rows and the count agree', async ({ page }) => {
    const total = await apiCount(page, 'bootable=false');
    await page.goto('/');
    await settled(page);
    await page.getByLabel('Bootable', { exact: true }).selectOption({ label: 'No' });

    await expect(page).toHaveURL(/[?&]bootable=false(&|$)/);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(`of ${fmt(total)}`);
    await settled(page);
    // Column 5 is Bootable (Name, State, Size, Type, Bootable).
    const values = await rows(page).locator('td:nth-child(5)').allInnerTexts();
    expect(new Set(values.map((value) => value.trim()))).toEqual(new Set(['No']));
  });

  test('a state chip filters, shows the same count, and a second press clears it', async ({ page }) => {
    const total = await apiCount(page, 'state=available');
    await page.goto('/');
    const chip = page
      .getByRole('list', { name: 'Volumes by state' })
      .getByRole('button', { name: /^Available/ });
    await expect(chip).toContainText(fmt(total));
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]state=available(&|$)/);
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(`of ${fmt(total)}`);
    await chip.click();
    await expect(page).not.toHaveURL(/state=/);
  });

  test('the name filter matches whole names and says so', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    const name = (
      await rows(page).first().locator('td:first-child > div > div:first-child').innerText()
    ).trim();
    await expect(page.getByText('Exact match: the SCP API compares whole names.')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await expect(page).toHaveURL(
      new RegExp(`[?&]name=${encodeURIComponent(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    await settled(page);
    for (const text of await rows(page).locator('td:first-child > div > div:first-child').allInnerTexts()) {
      expect(text.trim()).toBe(name);
    }

    await page.getByLabel('Name', { exact: true }).fill(name.slice(0, -1));
    await expect(page.getByText('No volumes match')).toBeVisible();
    await page.getByRole('table', { name: 'Volumes' }).getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/name=/);
    await settled(page);
  });

  test('bootable volumes in error, largest first: the link gives the recipient the same view', async ({
    page,
    browser,
  }) => {
    const total = await apiCount(page, 'state=error&bootable=true');
    await page.goto('/');
    await settled(page);
    await page.getByLabel('State', { exact: true }).selectOption('error');
    await page.getByLabel('Bootable', { exact: true }).selectOption({ label: 'Yes' });
    const size = page.getByRole('button', { name: 'Size', exact: true });
    await size.click();
    await size.click();
    await expect(page.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/\?state=error&bootable=true&sort=size:desc$/);
    await settled(page);
    const mine = await rows(page).evaluateAll((list) => list.map((row) => row.getAttribute('data-row-id')));
    expect(mine.length).toBe(Math.min(total, 20));

    const recipient = await browser.newPage();
    await recipient.goto(page.url());
    await settled(recipient);
    await expect(recipient.getByLabel('State', { exact: true })).toHaveValue('error');
    await expect(recipient.getByLabel('Bootable', { exact: true })).toHaveValue('true');
    await expect(recipient.getByRole('columnheader', { name: 'Size' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(
      await rows(recipient).evaluateAll((list) => list.map((row) => row.getAttribute('data-row-id'))),
    ).toEqual(mine);
    await recipient.close();
  });
});
