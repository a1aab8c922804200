import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { settled } from './support/volumes-page.ts';
import { parseCsv } from '../src/test/browser/parse-csv.ts';

/**
 * Export journeys against the real production server, proxy and simulator: the file that
 * lands on disk holds exactly the volumes the API counts for the same filters.
 */

/** The total the API reports for these filters (one cheap counted request through the proxy). */
async function apiCount(page: Page, filters: Record<string, string>): Promise<number> {
  const query = new URLSearchParams({ ...filters, with_count: 'true', limit: '1' });
  const response = await page.request.get(`/api/v1/volumes?${query}`);
  expect(response.ok()).toBe(true);
  const body: unknown = await response.json();
  expect(body).toMatchObject({ count: expect.any(Number) });
  return (body as { count: number }).count;
}

async function exportFile(page: Page, button: 'Export CSV' | 'Export JSON'): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return download;
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** Every /v1/volumes request the export makes (paging is set by the export, not the table). */
function recordExportRequests(page: Page): URL[] {
  const urls: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v1/volumes' && url.searchParams.get('limit') === '1000') urls.push(url);
  });
  return urls;
}

test('exports the filtered volumes as CSV, one row per matching volume, in the chosen order', async ({
  page,
}) => {
  await page.goto('/?sort=size:desc');
  await page.getByLabel('State', { exact: true }).selectOption('in-use');
  await expect(page).toHaveURL(/[?&]state=in-use/);
  const count = await apiCount(page, { state: 'in-use' });
  expect(count).toBeGreaterThan(0);

  const download = await exportFile(page, 'Export CSV');

  expect(download.suggestedFilename()).toMatch(/^scp-volumes-\d{8}-\d{6}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
    `Exported ${count.toLocaleString('en-US')} volumes`,
  );
  const bytes = await bytesOf(download);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.toString('utf8'));
  expect(header?.slice(0, 4)).toEqual(['id', 'name', 'state', 'size_gb']);
  expect(rows).toHaveLength(count);
  expect(new Set(rows.map((row) => row[0])).size).toBe(count);
  expect(rows.every((row) => row[2] === 'in-use')).toBe(true);
  const sizes = rows.map((row) => Number(row[3]));
  expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
});

test('exports the filtered volumes as JSON, as received, with the filters that chose them', async ({
  page,
}) => {
  await page.goto('/?bootable=false');
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();
  const count = await apiCount(page, { bootable: 'false' });

  const download = await exportFile(page, 'Export JSON');

  expect(download.suggestedFilename()).toMatch(/^scp-volumes-\d{8}-\d{6}\.json$/);
  const file = JSON.parse((await bytesOf(download)).toString('utf8')) as {
    filters: unknown;
    count: number;
    volumes: { id: string; bootable: boolean }[];
  };
  expect(file.filters).toEqual({ bootable: false });
  expect(file.count).toBe(count);
  expect(file.volumes).toHaveLength(count);
  expect(new Set(file.volumes.map((volume) => volume.id)).size).toBe(count);
  expect(file.volumes.every((volume) => volume.bootable === false)).toBe(true);
});

test('walks past 1,000 volumes with the marker and misses none', async ({ page }) => {
  const requests = recordExportRequests(page);
  await page.goto('/?sort=name:asc');
  const count = await apiCount(page, {});
  test.skip(count <= 1000, `needs more than 1,000 volumes to page; the simulator has ${count}`);

  const download = await exportFile(page, 'Export CSV');

  const [, ...rows] = parseCsv((await bytesOf(download)).toString('utf8'));
  expect(rows).toHaveLength(count);
  expect(new Set(rows.map((row) => row[0])).size).toBe(count);
  const pages = Math.ceil(count / 1000) + (count % 1000 === 0 ? 1 : 0);
  expect(requests).toHaveLength(pages);
  expect(requests.map((url) => url.searchParams.get('with_count'))).toEqual([
    'true',
    ...Array<string>(pages - 1).fill('false'),
  ]);
  expect(requests.every((url) => url.searchParams.get('sort') === 'name:asc')).toBe(true);
  expect(requests[1]?.searchParams.get('marker')).toBe(rows[999]?.[0]);
});

test('export progress and messages do not move the toolbar', async ({ page }) => {
  await page.goto('/?state=in-use');
  const controls = [
    page.getByRole('button', { name: 'Columns' }),
    page.getByRole('button', { name: 'Export CSV' }),
    page.getByRole('button', { name: 'Export JSON' }),
    page.getByRole('table', { name: 'Volumes' }),
  ];
  const boxes = async () => Promise.all(controls.map((control) => control.boundingBox()));
  await settled(page);
  for (const control of controls) await expect(control).toBeVisible();
  const before = await boxes();

  await exportFile(page, 'Export CSV');
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toBeVisible();

  expect(await boxes()).toEqual(before);
});
