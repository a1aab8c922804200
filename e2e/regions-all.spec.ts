import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCsv } from '../src/test/browser/parse-csv.ts';
import { expect, FAILING_UPSTREAM, test } from './support/fixtures.ts';
import { SERVERS } from './support/servers.ts';
import { columnCells } from './support/columns.ts';
import {
  apiCount,
  pagination,
  rowIds,
  settled,
  stateChip,
  volumeRows,
  volumesTable,
} from './support/volumes-page.ts';

interface Listed {
  id: string;
  size: number;
  region: string;
}

async function list(page: Page, query: string): Promise<{ count: number; volumes: Listed[] }> {
  const response = await page.request.get(`/api/v1/volumes?${query}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as { count: number; volumes: Listed[] };
}

const fmt = (value: number) => value.toLocaleString('en-US');

test.describe('an account with two regions (the simulator stands in for both)', () => {
  test('lists both regions in one table, each row naming its region', async ({ page }) => {
    const west = await apiCount(page, 'region=kr-west1');
    const east = await apiCount(page, 'region=kr-east1');
    // Auto-refresh off: a refresh would count as a second request for the first page.
    await page.addInitScript(() => localStorage.setItem('scp-volumes.auto-refresh', 'false'));
    // The default columns, Region included, fit a 1440 px window without scrolling sideways.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await settled(page);
    await expect(pagination(page)).toContainText(`of ${fmt(west + east)}`);
    // vite preview serves the build's index.html: its early request went first, and only once.
    const lists = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname === '/api/v1/volumes')
        .map((url) => url.search),
    );
    expect(lists[0]).toBe('?with_count=true&limit=20&offset=0');
    expect(lists.filter((query) => query === lists[0])).toHaveLength(1);
    const regions = new Set(await (await columnCells(page, 'Region')).allInnerTexts());
    expect(regions).toEqual(new Set(['kr-west1', 'kr-east1']));
    const fit = await volumesTable(page).evaluate((table) => ({
      table: table.getBoundingClientRect().width,
      box: table.parentElement?.clientWidth ?? 0,
    }));
    expect(fit.table, `table ${fit.table} px in a ${fit.box} px box`).toBeLessThanOrEqual(fit.box);
    await expect(page.getByRole('columnheader', { name: 'Modified' })).toBeInViewport({ ratio: 1 });
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
    const dialog = page.getByRole('dialog', { name: volume?.name ?? '', exact: true });
    await expect(dialog).toBeVisible();
    await expect(
      dialog
        .getByRole('term')
        .filter({ hasText: /^Region$/ })
        .locator('xpath=following-sibling::dd[1]'),
    ).toHaveText('kr-east1');
  });

  test('sorted by size, descending: the largest volume of either region comes first', async ({ page }) => {
    const [west] = (await list(page, 'region=kr-west1&sort=size:desc&limit=1')).volumes;
    const [east] = (await list(page, 'region=kr-east1&sort=size:desc&limit=1')).volumes;
    const largest = Math.max(west?.size ?? 0, east?.size ?? 0);
    await page.goto('/?sort=size:desc');
    await settled(page);
    const [first] = await rowIds(page);
    const [top] = (await list(page, 'sort=size:desc&limit=1')).volumes;
    expect(top?.size).toBe(largest);
    expect(first).toBe(top?.id);
  });

  test('paging through all regions 1,000 at a time yields every volume exactly once', async ({ page }) => {
    const west = await list(page, 'region=kr-west1&limit=1000');
    const east = await list(page, 'region=kr-east1&limit=1000');
    const seen: string[] = [];
    const total = west.count + east.count;
    for (let offset = 0; offset < total; offset += 1000) {
      const chunk = await list(page, `sort=size:desc,name:asc&limit=1000&offset=${offset}`);
      expect(chunk.count).toBe(total);
      seen.push(...chunk.volumes.map((volume) => `${volume.region}/${volume.id}`));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  test('the state chips count the chosen region, and all regions together', async ({ page }) => {
    const west = await apiCount(page, 'region=kr-west1&state=available');
    const east = await apiCount(page, 'region=kr-east1&state=available');
    await page.goto('/?region=kr-east1');
    await settled(page);
    const chip = stateChip(page, 'Available');
    await expect(chip).toContainText(fmt(east));
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'All regions' });
    await expect(chip).toContainText(fmt(west + east));
  });

  test('exporting all regions writes every matching volume of both, naming its region', async ({ page }) => {
    const west = await apiCount(page, 'region=kr-west1&state=in-use');
    const east = await apiCount(page, 'region=kr-east1&state=in-use');
    await page.goto('/?state=in-use');
    await settled(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const [header, ...rows] = parseCsv((await readFile(await (await download).path())).toString('utf8'));
    const regionAt = header?.indexOf('region') ?? -1;
    expect(regionAt).toBeGreaterThan(0);
    expect(rows).toHaveLength(west + east);
    expect(new Set(rows.map((row) => row[0])).size).toBe(west + east);
    expect(rows.filter((row) => row[regionAt] === 'kr-east1')).toHaveLength(east);
    expect(rows.filter((row) => row[regionAt] === 'kr-west1')).toHaveLength(west);
  });
});

test.describe('one of the two regions failing', () => {
  test.use({ baseURL: SERVERS.regionsFailing, expectedConsoleErrors: [FAILING_UPSTREAM] });

  test('shows the other region’s rows and a notice naming the failed one, with Retry; no chip, Capacity figure, export or search claims the whole account', async ({
    page,
  }) => {
    const west = await apiCount(page, 'region=kr-west1');
    // A region this server does not list is a bad link value: a notice, and every region. (The
    // early request, sent before the page knows the regions, is refused: an expected 400.)
    await page.goto('/?region=kr-north9');
    await settled(page);
    await expect(page.getByRole('status').filter({ hasText: 'not understood' })).toContainText(
      'region=kr-north9 (this server lists kr-west1, kr-east1)',
    );
    await expect(page).toHaveURL((url) => url.search === '');
    await expect(page.getByRole('heading', { name: 'Could not load volumes' })).toHaveCount(0);
    const notice = page.getByRole('alert').filter({ hasText: 'Partial list' });
    await expect(notice).toContainText('kr-east1: 500');
    await expect(notice).toContainText(/req-/);
    await expect(pagination(page)).toContainText(`of ${fmt(west)}`);
    await expect(notice.getByRole('button', { name: 'Retry' })).toBeEnabled();

    // The chips count kr-west1 only, and say so.
    const chips = page.getByRole('list', { name: 'Volumes by state' });
    await expect(chips).toContainText('Counts leave out kr-east1, which did not answer.');
    await expect(stateChip(page, 'Available')).toHaveAccessibleName(/partial: kr-east1 did not answer/);

    // The Capacity panel: kr-west1's figures, said to be kr-west1's only.
    await page.getByRole('button', { name: 'Capacity' }).click();
    const panel = page.getByRole('region', { name: 'Capacity' });
    await expect(panel).toContainText(
      `${fmt(west)} volumes matching the current filters, from kr-west1 only`,
      {
        timeout: 30_000,
      },
    );
    await expect(panel).toContainText('Partial: kr-east1 did not answer');

    // The export: a file named and marked partial, and a message that says so.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-missing-kr-east1\.json$/);
    const saved = JSON.parse((await readFile(await file.path())).toString('utf8')) as {
      complete: boolean;
      count: number;
      missing_regions: { region: string; status: number }[];
    };
    expect(saved).toMatchObject({
      complete: false,
      count: west,
      missing_regions: [{ region: 'kr-east1', status: 500 }],
    });
    await expect(page.getByRole('status').filter({ hasText: 'Partial export' })).toContainText(
      `${fmt(west)} volumes saved, but kr-east1 did not answer`,
    );

    // A contains search names what it could not search. Switched to on the page, it searches the
    // read the panel already has (a partial read stays fresh for a minute), not a new one.
    await page.getByRole('combobox', { name: 'Match' }).selectOption('contains');
    await page.getByRole('searchbox', { name: 'Name' }).fill('vol');
    await expect(page.getByRole('status').filter({ hasText: 'Local search over' })).toContainText(
      'not searched: kr-east1 (did not answer)',
      { timeout: 30_000 },
    );

    // A link to a volume of the failing region (its id from the same simulated account, served
    // healthy): the drawer says which region did not answer.
    const east = await page.request.get(`${SERVERS.regions}/api/v1/volumes?region=kr-east1&limit=1`);
    const [volume] = ((await east.json()) as { volumes: { id: string }[] }).volumes;
    await page.goto(`/?volume=${volume?.id ?? ''}`);
    await expect(
      page.getByRole('dialog').getByRole('heading', { name: 'Could not load this volume from kr-east1' }),
    ).toBeVisible();
  });
});
