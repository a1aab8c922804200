import { seriousViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { settled } from './support/volumes-page.ts';

// A wide desktop (the narrow layout has its own scans in volumes-narrow.spec.ts).
for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations at 1440 px, ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?sort=size:desc');
    await settled(page);
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

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

// Smoke on the dev server too: React reports misuse (hooks, use()) only in development builds,
// and the reload starts the app in a language whose catalogue is not loaded yet.
test(
  'Korean: the language switch translates the page, and a reload starts in Korean',
  { tag: '@smoke' },
  async ({ page }) => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('button', { name: '한국어' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
    const table = page.getByRole('table', { name: '볼륨' });
    await expect(table.getByRole('columnheader', { name: '크기' })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: '부팅 가능' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '페이지 탐색' })).toContainText('개 중');

    await page.reload();
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
    await expect(page.getByRole('table', { name: '볼륨' })).toBeVisible();
  },
);

test('the badge says what the proxy is connected to', { tag: '@smoke' }, async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await expect(page.getByRole('banner')).toContainText('Simulator');
});

test('keyboard: / focuses the filter, j/k move between rows, ? lists the shortcuts', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const rows = page.getByRole('table', { name: 'Volumes' }).locator('tbody tr[data-row-id]');
  await page.keyboard.press('j');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(rows.nth(1)).toBeFocused();

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

test('the column menu hides a column and remembers it', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Encrypted' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Encrypted' })).toHaveCount(0);
  await page.reload();
  await settled(page);
  await expect(page.getByRole('columnheader', { name: 'Encrypted' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Multi-attach' })).toBeVisible();
});
