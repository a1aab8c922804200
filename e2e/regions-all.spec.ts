import { expect, test } from './support/fixtures.ts';
import { columnCells } from './support/columns.ts';
import { apiCount, pagination, settled, volumeRows } from './support/volumes-page.ts';

const fmt = (value: number) => value.toLocaleString('en-US');

test.describe('an account with two regions (the simulator stands in for both)', () => {
  test('lists both regions in one table, each row naming its region', async ({ page }) => {
    const west = await apiCount(page, 'region=kr-west1');
    const east = await apiCount(page, 'region=kr-east1');
    await page.goto('/');
    await settled(page);
    await expect(pagination(page)).toContainText(`of ${fmt(west + east)}`);
    const regions = new Set(await (await columnCells(page, 'Region')).allInnerTexts());
    expect(regions).toEqual(new Set(['kr-west1', 'kr-east1']));
  });

  test('the region filter narrows the table to one region, and the URL says so', async ({ page }) => {
    const east = await apiCount(page, 'region=kr-east1');
    await page.goto('/');
    await settled(page);
    await page.getByLabel('Region', { exact: true }).selectOption('kr-east1');
    await expect(page).toHaveURL(/[?&]region=kr-east1(&|$)/);
    await expect(pagination(page)).toContainText(`of ${fmt(east)}`);
    const response = await page.request.get('/api/v1/volumes?region=kr-east1&limit=1');
    const [first] = ((await response.json()) as { volumes: { id: string }[] }).volumes;
    await expect(volumeRows(page).first()).toHaveAttribute('data-row-id', first?.id ?? '');
  });

  test('opens a volume of the second region from the all-regions table', async ({ page }) => {
    const response = await page.request.get('/api/v1/volumes?region=kr-east1&limit=1');
    const [volume] = ((await response.json()) as { volumes: { id: string; name: string }[] }).volumes;
    await page.goto(`/?volume=${volume?.id ?? ''}`);
    await settled(page);
    await expect(page.getByRole('dialog', { name: volume?.name ?? '', exact: true })).toBeVisible();
  });
});
