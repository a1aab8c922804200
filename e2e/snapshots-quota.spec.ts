import type { APIRequestContext } from '@playwright/test';
import { columnCells } from './support/columns.ts';
import { expect, test } from './support/fixtures.ts';
import { apiCount, pagination, settled } from './support/volumes-page.ts';

interface Snapshot {
  id: string;
  volume_id: string;
  name: string | null;
  size: number;
  created_at: string;
}

interface VolumeType {
  name: string;
  description: string | null;
  extra_specs: { multiattach?: string | null };
}

const number = (value: number) => value.toLocaleString('en-US');

async function json<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.ok(), path).toBe(true);
  return (await response.json()) as T;
}

/** Every snapshot of a region, newest first, read by marker as the API pages them. */
async function everySnapshot(request: APIRequestContext, region: string): Promise<Snapshot[]> {
  const all: Snapshot[] = [];
  for (let marker = ''; ;) {
    const query = `region=${region}&limit=1000${marker ? `&marker=${marker}` : ''}`;
    const { snapshots } = await json<{ snapshots: Snapshot[] }>(request, `/api/v1/snapshots?${query}`);
    all.push(...snapshots);
    if (snapshots.length < 1000) return all;
    marker = snapshots.at(-1)?.id ?? '';
  }
}

test.describe('snapshots, quotas and volume types', () => {
  test('a volume’s drawer lists its simulated snapshots, pages them and names its type; the type column describes types; Korean', async ({
    page,
    request,
  }) => {
    const snapshots = await everySnapshot(request, 'kr-west1');
    const perVolume = new Map<string, Snapshot[]>();
    for (const snapshot of snapshots)
      perVolume.set(snapshot.volume_id, [...(perVolume.get(snapshot.volume_id) ?? []), snapshot]);
    const [volumeId, own] = [...perVolume].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    expect(own.length).toBeGreaterThan(10);
    const gigabytes = own.reduce((sum, snapshot) => sum + snapshot.size, 0);
    const volume = await json<{ volume_type: string }>(
      request,
      `/api/v1/volumes/${volumeId}?region=kr-west1`,
    );
    const { volume_types: types } = await json<{ volume_types: VolumeType[] }>(
      request,
      '/api/v1/volume-types?region=kr-west1',
    );
    const type = types.find((candidate) => candidate.name === volume.volume_type);

    // Korean first (the reader's stored choice). This server has one region (the region
    // journeys have two; regions.test.ts and the component tests cover a volume's region).
    await page.addInitScript(() => localStorage.setItem('scp-volumes.locale', 'ko'));
    await page.goto(`/?volume=${volumeId}`);
    const drawer = page.getByRole('dialog');
    const korean = drawer.getByRole('region', { name: '스냅샷' });
    await expect(korean).toContainText(`스냅샷 ${own.length.toLocaleString('ko-KR')}개 · 총 `);
    await expect(korean.getByRole('button', { name: '더 오래된 스냅샷' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'English' }).click();
    // Back to the drawer's URL, in the same document: English now.
    await page.goBack();

    const section = drawer.getByRole('region', { name: 'Snapshots' });
    await expect(section).toContainText(`${number(own.length)} snapshots · ${number(gigabytes)} GB in total`);
    const rows = section.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows).toHaveCount(10);
    await expect(rows.first().getByRole('cell').first()).toHaveText(own[0]?.name || 'Unnamed');
    await section.getByRole('button', { name: 'Older snapshots' }).click();
    await expect(section.getByRole('navigation', { name: 'Pages of snapshots' })).toContainText(
      `11–${Math.min(20, own.length)} of ${own.length}`,
    );
    await expect(rows.first().getByRole('cell').first()).toHaveText(own[10]?.name || 'Unnamed');
    const multiattach = /true/i.test(type?.extra_specs.multiattach ?? '');
    const allows = drawer
      .getByRole('term')
      .filter({ hasText: /^Type allows multi-attach$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect(allows).toHaveText(multiattach ? /^Yes/ : /^No/);

    // The type column: a cell describes its type on hover.
    await page.keyboard.press('Escape');
    await settled(page);
    const cell = (await columnCells(page, 'Type')).first();
    const name = (await cell.innerText()).trim();
    const described = types.find((candidate) => candidate.name === name);
    await cell.hover();
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText(described?.description ?? 'no such type');
  });

  test('each region’s quota gauges count what the table shows for that region', async ({ page, request }) => {
    const snapshotGb = (await everySnapshot(request, 'kr-west1')).reduce((sum, s) => sum + s.size, 0);
    await page.goto('/?region=kr-west1');
    await settled(page);
    const count = await apiCount(page, 'region=kr-west1');
    await expect(pagination(page)).toContainText(`of ${number(count)}`);

    await page.getByRole('button', { name: 'Capacity' }).click();
    const panel = page.getByRole('region', { name: 'Capacity' });
    const total = panel.locator('dt', { hasText: 'Total size' }).locator('xpath=following-sibling::dd[1]');
    await expect(total).toHaveText(/ GB$/, { timeout: 30_000 });
    const volumeGb = Number((await total.innerText()).replace(/[^\d]/g, ''));

    const west = panel.getByRole('region', { name: 'Region kr-west1' });
    const volumes = west.getByRole('meter', { name: 'Volumes', exact: true });
    await expect(volumes).toHaveAttribute('aria-valuenow', String(count));
    await expect(volumes).toHaveAttribute('aria-valuetext', /Near the limit|At the limit/);
    const storage = west.getByRole('meter', { name: 'Storage, GB (volumes and snapshots)' });
    await expect(storage).toHaveAttribute('aria-valuenow', String(volumeGb + snapshotGb));
    await expect(storage).toHaveAttribute('aria-valuetext', /At the limit$/);
    await expect(west).toContainText(/ used · no limit/);
  });
});
