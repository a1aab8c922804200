import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { seriousViolations } from './support/axe.ts';
import { apiCount, settled } from './support/volumes-page.ts';

interface ListedVolume {
  id: string;
  state: string;
  size: number;
  servers: unknown[] | null;
}

/** Every volume, read page by page with the marker, as the API gives them. */
async function everyVolume(request: APIRequestContext): Promise<ListedVolume[]> {
  const all: ListedVolume[] = [];
  for (let marker: string | undefined; ;) {
    const response = await request.get(`/api/v1/volumes?limit=1000${marker ? `&marker=${marker}` : ''}`);
    expect(response.ok()).toBe(true);
    const { volumes } = (await response.json()) as { volumes: ListedVolume[] };
    all.push(...volumes);
    if (volumes.length < 1000) return all;
    marker = volumes.at(-1)?.id;
  }
}

const number = (value: number) => value.toLocaleString('en-US');

async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'Capacity' }).click();
  const panel = page.getByRole('region', { name: 'Capacity' });
  await expect(panel.getByRole('table', { name: 'Largest volumes' })).toBeVisible({ timeout: 30_000 });
  return panel;
}

test.describe('the Capacity panel', () => {
  test('totals agree with every page of the API; the shortcut lists available volumes', async ({
    page,
    request,
  }) => {
    const all = await everyVolume(request);
    const gigabytes = all.reduce((sum, volume) => sum + volume.size, 0);
    const unattached = all.filter((volume) => volume.state === 'available' && !volume.servers?.length);
    const unattachedGb = unattached.reduce((sum, volume) => sum + volume.size, 0);

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

    await panel.getByRole('button', { name: 'Show available volumes' }).click();
    await expect(page).toHaveURL(/[?&]state=available(&|$)/);
    await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('available');
    const available = await apiCount(page, 'state=available');
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(
      `of ${number(available)}`,
    );
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious with the panel open, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await settled(page);
      await openPanel(page);
      // The rest of the page has its own axe journeys (volumes-a11y.spec.ts); scanning only the
      // panel keeps this within time on a busy machine.
      expect(await seriousViolations(page, 'section[aria-labelledby]')).toEqual([]);
    });
  }
});
