import { seriousViolationsInBothSchemes } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { pagination, settled, volumeRows, volumesTable } from './support/volumes-page.ts';

for (const width of [360, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 780 } });

    test('the page does not scroll sideways, the header fits, and Filters toggles the filters', async ({
      page,
    }) => {
      await page.goto('/');
      await settled(page);
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement!;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);

      const theme = page.getByRole('button', { name: /^Switch to (dark|light) theme$/ });
      const box = (await theme.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // One line: it wrapped one character per line (three lines) at 390 px.
      const korean = (await page.getByRole('button', { name: '한국어' }).boundingBox())!;
      expect(korean.height).toBeLessThan(30);

      const filters = page.getByRole('button', { name: 'Filters', exact: true });
      const name = page.getByLabel('Name', { exact: true });
      await expect(filters).toHaveAttribute('aria-expanded', 'false');
      await expect(name).toBeHidden();
      await filters.focus();
      await page.keyboard.press('Enter');
      await expect(filters).toHaveAttribute('aria-expanded', 'true');
      await expect(name).toBeVisible();
      await page.keyboard.press('Space');
      await expect(filters).toHaveAttribute('aria-expanded', 'false');
      await expect(name).toBeHidden();

      // The `/` shortcut unfolds them to reach the name filter.
      await page.keyboard.press('Escape');
      await page.locator('body').press('/');
      await expect(name).toBeFocused();
      await expect(filters).toHaveAttribute('aria-expanded', 'true');
    });
  });
}

test.describe('at 390 px, axe', () => {
  test.use({ viewport: { width: 390, height: 780 } });
  test('no serious or critical violations, filters open, light and dark', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    expect(await seriousViolationsInBothSchemes(page)).toEqual([]);
  });
});

test('on a wide screen the filters show without a Filters button', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeHidden();
});

test.describe('on a short screen', () => {
  test.use({ viewport: { width: 900, height: 420 } });

  test('the table keeps room for rows and the page scrolls down to the pagination', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    // The filters and toolbar take most of 420 px: the table must not shrink to its border.
    const scroller = volumesTable(page).locator('xpath=..');
    expect((await scroller.boundingBox())?.height).toBeGreaterThanOrEqual(250);
    await expect(volumeRows(page).nth(3)).toBeAttached();
    await pagination(page).scrollIntoViewIfNeeded();
    await expect(pagination(page)).toBeInViewport();
    await expect(page.getByRole('banner')).toBeInViewport();
  });
});
