import { expect, test } from './support/fixtures.ts';
import { seriousViolationsInBothSchemes } from './support/axe.ts';
import { everyVolume, pagination, rowIds, settled } from './support/volumes-page.ts';

interface ListedVolume {
  id: string;
  encrypted?: boolean | null;
  servers: unknown[] | null;
}

const number = (value: number) => value.toLocaleString('en-US');

/**
 * The production server with its inventory on (SQLite, a fresh data folder: its first start
 * writes the simulated month, then reads the simulator). One journey over several points of
 * issue #26, to keep the suite short.
 */
test('facets, idle volumes and the trend charts read the inventory, and agree with the API; in Korean too', async ({
  page,
  request,
}) => {
  // The first complete run: the inventory answers from it.
  await expect
    .poll(
      async () => {
        const status = (await (await request.get('/api/inventory/status')).json()) as {
          regions: unknown[];
          collector: { state: string };
        };
        return status.regions.length > 0 && status.collector.state === 'idle';
      },
      { timeout: 60_000 },
    )
    .toBe(true);
  const all = await everyVolume<ListedVolume>(request);
  const encrypted = new Set(all.filter((volume) => volume.encrypted === true).map((volume) => volume.id));
  const live = new Map(all.map((volume) => [volume.id, volume]));

  // A facet: its count beside the value, the table's count and rows, all equal to the API's walk.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await settled(page);
  await page.getByRole('button', { name: /^More filters/ }).click();
  const facets = page.getByRole('group', { name: 'Filters from the inventory' });
  const yes = facets.getByRole('group', { name: 'Encrypted' }).getByRole('radio', { name: /^Yes/ });
  await expect(yes).toHaveAccessibleName(`Yes, ${number(encrypted.size)}`);
  await yes.check();
  await expect(page).toHaveURL(/[?&]encrypted=true/);
  await expect(page.getByText(/^From the inventory as of \d{1,2}:\d{2}/).first()).toBeVisible();
  await expect(pagination(page)).toContainText(`of ${number(encrypted.size)}`);
  await settled(page);
  expect((await rowIds(page)).every((id) => id !== null && encrypted.has(id))).toBe(true);
  expect(await seriousViolationsInBothSchemes(page)).toEqual([]);

  // The next page: one inventory search, no request to SCP's list.
  const asked: string[] = [];
  page.on('request', (sent) => {
    const path = new URL(sent.url()).pathname;
    if (path === '/api/inventory/search' || path === '/api/v1/volumes') asked.push(sent.url());
  });
  const firstPage = await rowIds(page);
  await pagination(page).getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect.poll(async () => (await rowIds(page))[0]).not.toBe(firstPage[0]);
  await settled(page);
  expect((await rowIds(page)).every((id) => id !== null && encrypted.has(id))).toBe(true);
  // Paging asks one search, for page 2, and nothing of SCP's list. The page shown may also be
  // asked again by auto-refresh while the step runs (a page with a volume mid-transition
  // refreshes every 5 s, even from the inventory): a repeat of page 1 or 2 is allowed.
  const searched = new Set(
    asked.map((url) => new URL(url)).map((url) => `${url.pathname}?${url.searchParams}`),
  );
  expect(
    [...searched].filter((url) => !/^\/api\/inventory\/search\?.*encrypted=true.*&offset=(0|20)$/.test(url)),
  ).toEqual([]);
  expect([...searched].filter((url) => url.endsWith('&offset=20'))).toHaveLength(1);

  // Idle 30+ days, from the Capacity panel's link: only volumes unattached that long.
  const idle = (await (await request.get('/api/inventory/search?idle_days_gte=30&limit=1000')).json()) as {
    total: number;
    volumes: { id: string; idle_days: number | null; servers: unknown[] }[];
  };
  // The simulated month leaves some volumes unattached that long: the check below is not empty.
  expect(idle.total).toBeGreaterThan(0);
  expect(idle.volumes.every((volume) => (volume.idle_days ?? 0) >= 30 && volume.servers.length === 0)).toBe(
    true,
  );
  await page.goto('/');
  await settled(page);
  const trendsAnswer = page.waitForResponse(
    (response) => response.url().includes('/api/inventory/trends') && response.url().includes('metric=count'),
  );
  await page.getByRole('button', { name: 'Capacity' }).click();
  const panel = page.getByRole('region', { name: 'Capacity' });

  // The chart of volumes by state: the values behind it equal /api/inventory/trends, asked again.
  const trends = (await (await request.get((await trendsAnswer).url())).json()) as {
    times: string[];
    series: { key: string | null; values: number[] }[];
  };
  expect(trends.times.length).toBeGreaterThan(0);
  const chart = panel.getByRole('figure', { name: 'Volumes by state' });
  await expect(chart.getByRole('img', { name: 'Volumes by state' })).toBeVisible();
  await chart.locator('summary').click();
  const values = chart.getByRole('table', { name: 'Volumes by state: the values' });
  await expect(values.locator('tbody tr')).toHaveCount(trends.times.length);
  const cells = await values
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
    );
  expect(cells).toEqual(
    trends.times.map((_, index) => trends.series.map((line) => number(line.values[index] ?? 0))),
  );
  await expect(panel.getByText('Simulated history').first()).toBeVisible();
  const idleTable = panel.getByRole('table', { name: 'Idle volumes' });
  await expect(idleTable.getByRole('row', { name: /^30\+ days/ })).toContainText(number(idle.total));
  await idleTable.getByRole('link', { name: 'List the volumes unattached for 30+ days' }).click();
  await expect(page).toHaveURL(/[?&]idle_days=30/);
  await expect(pagination(page)).toContainText(`of ${number(idle.total)}`);
  await settled(page);
  const ids = await rowIds(page);
  const expected = new Set(idle.volumes.map((volume) => volume.id));
  // In the inventory's answer, and unattached in SCP's own list right now.
  expect(ids.every((id) => id !== null && expected.has(id) && !live.get(id)?.servers?.length)).toBe(true);

  // A phone, More filters open on the idle view: nothing serious for axe, light or dark.
  await page.setViewportSize({ width: 390, height: 844 });
  const more = page.getByRole('button', { name: /^More filters/ });
  // Open since mount only when the page was loaded with a facet filter: here it came by a link.
  if ((await more.getAttribute('aria-expanded')) === 'false') await more.click();
  await expect(page.getByRole('group', { name: 'Filters from the inventory' })).toBeVisible();
  expect(await seriousViolationsInBothSchemes(page)).toEqual([]);

  // Korean, once.
  await page.evaluate(() => localStorage.setItem('scp-volumes.locale', 'ko'));
  await page.reload();
  await expect(page.getByText(/^인벤토리 기준 .+ \(.+\)$/).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: '지금 새로 읽기' }).first()).toBeVisible();
});
