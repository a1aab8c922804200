import { seriousViolations, seriousViolationsInBothSchemes } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { settled } from './support/volumes-page.ts';

// A wide desktop (the narrow layout has its own scans in volumes-narrow.spec.ts).
test('no serious or critical axe violations at 1440 px, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // A state chosen, so its chip's pressed colours are scanned too.
  await page.goto('/?sort=size:desc&state=available');
  await settled(page);
  await expect(page.getByRole('button', { name: /^Available/, pressed: true })).toBeVisible();
  expect(await seriousViolationsInBothSchemes(page)).toEqual([]);
});

test('the scan itself finds a violation when there is one', async ({ page }) => {
  // The scans above pass by finding nothing; this shows the helper would report a violation.
  await page.setContent(
    '<html lang="en"><title>t</title><main><button type="button"></button></main></html>',
  );
  expect(await seriousViolations(page)).toEqual([expect.stringMatching(/^button-name: button$/)]);
});

test('the theme toggle switches and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await settled(page);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await settled(page);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  // The dark palette's axe scan is the test above: the same class on <html>, the same styles.
});

test('the badge says what the proxy is connected to', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await expect(page.getByRole('banner')).toContainText('Simulator');
});

// Moving between rows with j/k and the arrows: volumes-roving-focus.spec.ts.
test('keyboard: / focuses the filter, where j and ? are typed; ? elsewhere lists the shortcuts', async ({
  page,
}) => {
  await page.goto('/');
  await settled(page);
  await page.keyboard.press('/');
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('j?');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('j?');
  await page.getByLabel('Name', { exact: true }).fill('');
  await page.getByLabel('Name', { exact: true }).blur();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Focus the name filter');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('the column menu hides a column, shows one hidden by default, and remembers both', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  // Hidden by default: the type says it, and with it the table overflowed 1440 px.
  await expect(page.getByRole('columnheader', { name: 'Multi-attach' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Encrypted' }).uncheck();
  await page.getByRole('checkbox', { name: 'Multi-attach' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Encrypted' })).toHaveCount(0);
  await page.reload();
  await settled(page);
  await expect(page.getByRole('columnheader', { name: 'Encrypted' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Multi-attach' })).toBeVisible();
});
