import type { Page } from '@playwright/test';
import { axeScan } from './support/axe.ts';
import { cellOf } from './support/columns.ts';
import { expect, test } from './support/fixtures.ts';
import { settled, volumeRows } from './support/volumes-page.ts';

/** Polled, never read once: the address bar Playwright reports can trail the page by an event. */
function openVolumeId(page: Page) {
  return expect.poll(() => new URL(page.url()).searchParams.get('volume'));
}

test.describe('the volume drawer from the table', () => {
  test('opens from a row click, keeps Tab inside, and closes with the Close button or a click outside', async ({
    page,
  }) => {
    await page.goto('/');
    await settled(page);
    const row = volumeRows(page).nth(2);
    const id = await row.getAttribute('data-row-id');
    // The Size cell holds only text: a click there cannot land on the name cell's copy button.
    await (await cellOf(page, row, 'Size')).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await openVolumeId(page).toBe(id);
    await expect(dialog.getByRole('region', { name: 'Overview' })).toContainText(id!);
    await expect(dialog.getByRole('region', { name: 'Attachments' })).toBeVisible();

    // More presses than the drawer has tabbable elements, so Tab has to wrap at least once.
    for (let step = 0; step < 16; step += 1) {
      await page.keyboard.press(step % 5 === 4 ? 'Shift+Tab' : 'Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await openVolumeId(page).toBeNull();
    await expect(row).toBeFocused();

    // Again, closed by the overlay: left of the 560px sheet on a desktop viewport.
    await (await cellOf(page, row, 'Size')).click();
    await expect(dialog).toBeVisible();
    await page.mouse.click(20, 400);
    await expect(dialog).toHaveCount(0);
    await openVolumeId(page).toBeNull();
  });

  test('opens with Enter, steps with j / k, closes with Esc and returns focus to the row', async ({
    page,
  }) => {
    await page.goto('/');
    await settled(page);
    const rows = volumeRows(page);
    const firstId = await rows.nth(0).getAttribute('data-row-id');
    const secondId = await rows.nth(1).getAttribute('data-row-id');
    await rows.nth(0).focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(dialog.getByRole('button', { name: 'Previous volume' })).toBeDisabled();

    await page.keyboard.press('j');
    await openVolumeId(page).toBe(secondId);
    await expect(dialog.getByRole('region', { name: 'Overview' })).toContainText(secondId!);
    await dialog.getByRole('button', { name: 'Previous volume' }).click();
    await openVolumeId(page).toBe(firstId);
    await page.keyboard.press('j');
    await openVolumeId(page).toBe(secondId);
    await page.keyboard.press('k');
    await openVolumeId(page).toBe(firstId);

    // A click on plain text inside the sheet must not take the keys away from it.
    await dialog.getByRole('heading', { name: 'Overview' }).click();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // Focus goes back to the row the drawer was opened from, not to the last volume shown.
    await expect(page.locator(`tr[data-row-id="${firstId}"]`)).toBeFocused();
  });

  test('has no axe violations', async ({ page, request }) => {
    const response = await request.get('/api/v1/volumes?bootable=true&state=in-use&limit=1');
    const [volume] = ((await response.json()) as { volumes: { id: string }[] }).volumes;
    await page.goto(`/?volume=${volume!.id}`);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('region', { name: 'Image metadata' })).toBeVisible();
    await dialog.getByText('Show the JSON the API sent').click();
    const results = await axeScan(page).include('[role="dialog"]').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});
