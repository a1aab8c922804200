import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { seriousViolationsInBothSchemes } from './support/axe.ts';
import { apiCount, everyVolume, settled } from './support/volumes-page.ts';

interface ListedVolume {
  id: string;
  state: string;
  size: number;
  volume_type: string | null;
  servers: unknown[] | null;
}

const number = (value: number) => value.toLocaleString('en-US');

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Capacity' }).click();
  const panel = page.getByRole('region', { name: 'Capacity' });
  await expect(panel.getByRole('table', { name: 'Largest volumes' })).toBeVisible({ timeout: 30_000 });
  return panel;
}

test.describe('the Capacity panel', () => {
  test('totals agree with every page of the API, read at a glance at 1440 × 900; the shortcut filters to Available', async ({
    page,
    request,
  }) => {
    const all = await everyVolume<ListedVolume>(request);
    const gigabytes = all.reduce((sum, volume) => sum + volume.size, 0);
    // Attached to no server, whatever the state (an error volume is usually detached too).
    const unattached = all.filter((volume) => !volume.servers?.length);
    const unattachedGb = unattached.reduce((sum, volume) => sum + volume.size, 0);
    const available = all.filter((volume) => volume.state === 'available').length;
    const types = new Set(all.map((volume) => volume.volume_type)).size;

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await settled(page);
    const panel = await openPanel(page);
    const figure = (label: string) =>
      panel.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    await expect(figure('Volumes')).toHaveText(number(all.length));
    await expect(figure('Total size')).toHaveText(`${number(gigabytes)} GB`);
    await expect(figure('Unattached')).toContainText(
      `${number(unattached.length)} volumes, ${number(unattachedGb)} GB`,
    );

    // Laid out to read at a glance: no scroll box of its own inside the scrolling page, every type
    // in view, and a short table as tall as its rows (stretched beside the 20-row state table,
    // its rows stood far apart).
    const scrollBoxes = await panel.evaluate(
      (section) =>
        [...section.querySelectorAll('*')].filter(
          (element) =>
            ['auto', 'scroll'].includes(getComputedStyle(element).overflowY) &&
            element.scrollHeight > element.clientHeight,
        ).length,
    );
    expect(scrollBoxes).toBe(0);
    const byType = panel.getByRole('table', { name: 'GB by volume type' });
    await expect(byType.locator('tbody tr')).toHaveCount(types);
    for (const row of await byType.locator('tbody tr').all()) await expect(row).toBeInViewport();
    const heights = await byType
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.clientHeight));
    expect(Math.max(...heights)).toBeLessThan(30);

    await panel.getByRole('button', { name: `Filter to state Available (${number(available)})` }).click();
    await expect(page).toHaveURL(/[?&]state=available(&|$)/);
    await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('available');
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(
      `of ${number(await apiCount(page, 'state=available'))}`,
    );
  });

  test('axe finds nothing serious with the panel open, light and dark', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    await openPanel(page);
    // The rest of the page has its own axe journeys (volumes-a11y.spec.ts); scanning only the
    // panel keeps this within time on a busy machine.
    expect(await seriousViolationsInBothSchemes(page, 'section[aria-labelledby]')).toEqual([]);
  });
});
