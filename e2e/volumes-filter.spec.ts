import { expect, test } from './support/fixtures.ts';
import type { Page } from '@playwright/test';
import { KNOWN_STATES } from '../src/scp/volume-states.ts';
import { columnCells } from './support/columns.ts';
import { apiCount, pagination, rowIds, settled, stateChip, volumeRows } from './support/volumes-page.ts';

const rows = volumeRows;

const fmt = (value: number) => value.toLocaleString('en-US');

/** One volume (`/id`) or a list (`?query`), as the API returns it through the proxy. */
async function apiVolumes(page: Page, path: string): Promise<{ id: string; name: string | null }[]> {
  const response = await page.request.get(`/api/v1/volumes${path}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { id: string; name: string | null } | { volumes: [] };
  return 'volumes' in body ? body.volumes : [body];
}

test.describe('filtering the volumes', () => {
  test('by state, then by bootable: the URL, the rows and the count agree', async ({ page }) => {
    const errors = await apiCount(page, 'state=error');
    const notBootable = await apiCount(page, 'bootable=false');
    await page.goto('/');
    await settled(page);
    await page.getByLabel('State', { exact: true }).selectOption('error');

    await expect(page).toHaveURL(/[?&]state=error(&|$)/);
    await expect(pagination(page)).toContainText(`1–${fmt(Math.min(errors, 20))} of ${fmt(errors)}`);
    await settled(page);
    const states = await rows(page)
      .locator('[data-state]')
      .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-state')));
    expect(states.length).toBe(Math.min(errors, 20));
    expect(new Set(states)).toEqual(new Set(['error']));

    // Back to every state (the empty choice), then one bootable value.
    await page.getByLabel('State', { exact: true }).selectOption('');
    await expect(page).toHaveURL((url) => !url.searchParams.has('state'));
    await page.getByLabel('Bootable', { exact: true }).selectOption({ label: 'No' });

    await expect(page).toHaveURL(/[?&]bootable=false(&|$)/);
    await expect(pagination(page)).toContainText(`of ${fmt(notBootable)}`);
    await settled(page);
    const values = await (await columnCells(page, 'Bootable')).allInnerTexts();
    expect(new Set(values.map((value) => value.trim()))).toEqual(new Set(['No']));
  });

  test('a state chip filters, shows the same count, and a second press clears it', async ({ page }) => {
    const total = await apiCount(page, 'state=available');
    await page.goto('/');
    await settled(page);
    const chip = stateChip(page, 'Available');
    await expect(chip).toContainText(fmt(total));
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]state=available(&|$)/);
    await expect(pagination(page)).toContainText(`of ${fmt(total)}`);
    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'false');
    await expect(page).not.toHaveURL(/state=/);
  });

  test('the Errors chip counts every error* state, the chips add up to the total, and it lists only errors', async ({
    page,
  }) => {
    // The documented states named error*, not the app's own grouping: the test's oracle.
    const errorStates = KNOWN_STATES.filter((state) => state.startsWith('error'));
    const perState = await Promise.all(errorStates.map((state) => apiCount(page, `state=${state}`)));
    const errors = perState.reduce((sum, count) => sum + count, 0);
    const total = await apiCount(page, '');
    await page.goto('/?per_page=100');
    await settled(page);
    const chips = page.getByRole('list', { name: 'Volumes by state' });
    const chip = chips.getByRole('button', { name: /^Errors/ });
    await expect(chip).toContainText(fmt(errors));
    // Every known state is in one chip: the four counts are the whole list.
    await expect
      .poll(async () =>
        (await chips.getByRole('button').allInnerTexts())
          .map((text) => Number(text.replace(/\D/g, '')))
          .reduce((sum, count) => sum + count, 0),
      )
      .toBe(total);

    await chip.click();
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]state_group=errors(&|$)/);
    await expect(pagination(page)).toContainText(`of ${fmt(errors)}`);
    await settled(page);
    const states = await (await columnCells(page, 'State')).allInnerTexts();
    expect(states.length).toBe(Math.min(errors, 100));
    expect(states.filter((state) => !/^Error/.test(state.trim()))).toEqual([]);
  });

  test('the name filter matches whole names and says so', async ({ page }) => {
    await page.goto('/');
    await settled(page);
    const [firstId] = await rowIds(page);
    const name = (await apiVolumes(page, `/${firstId}`))[0]?.name;
    if (!name) throw new Error('the first volume shown has no name to filter by');
    await expect(page.getByText('Exact match: the SCP API compares whole names.')).toBeVisible();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await expect(page).toHaveURL(
      new RegExp(`[?&]name=${encodeURIComponent(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    // The rows are exactly the volumes the API has by that name.
    const named = await apiVolumes(page, `?name=${encodeURIComponent(name)}&limit=20`);
    await expect.poll(() => rowIds(page)).toEqual(named.map((volume) => volume.id));
    await settled(page);
    for (const text of await (await columnCells(page, 'Name')).allInnerTexts()) expect(text).toContain(name);

    await page.getByLabel('Name', { exact: true }).fill(name.slice(0, -1));
    await expect(page.getByText('No volumes match')).toBeVisible();
    await page.getByRole('table', { name: 'Volumes' }).getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/name=/);
    await settled(page);
  });

  test('bootable volumes in error, largest first: the link gives the recipient the same view', async ({
    page,
    freshPage,
  }) => {
    const total = await apiCount(page, 'state=error&bootable=true');
    await page.goto('/');
    await settled(page);
    await page.getByLabel('State', { exact: true }).selectOption('error');
    await page.getByLabel('Bootable', { exact: true }).selectOption({ label: 'Yes' });
    const size = page.getByRole('button', { name: 'Size', exact: true });
    await size.click();
    await size.click();
    await expect(page.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/\?state=error&bootable=true&sort=size:desc$/);
    await settled(page);
    const mine = await rowIds(page);
    expect(mine.length).toBe(Math.min(total, 20));

    const recipient = await freshPage();
    await recipient.goto(page.url());
    await settled(recipient);
    await expect(recipient.getByLabel('State', { exact: true })).toHaveValue('error');
    await expect(recipient.getByLabel('Bootable', { exact: true })).toHaveValue('true');
    await expect(recipient.getByRole('columnheader', { name: 'Size' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(await rowIds(recipient)).toEqual(mine);
  });
});
