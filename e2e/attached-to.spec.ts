import { expect, test } from './support/fixtures.ts';
import { settled, volumesTable } from './support/volumes-page.ts';

test.describe('Attached to (issue 13.10)', () => {
  test('at 1920 px no attached row cuts its first attachment short', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?state=in-use&sort=name:asc&per_page=50');
    await settled(page);
    const labels = volumesTable(page).locator('[data-lookup]');
    await expect(labels.first()).toBeVisible();
    await expect(volumesTable(page).locator('[data-lookup="loading"]')).toHaveCount(0);
    const cut = await labels.evaluateAll((spans) =>
      spans.filter((span) => span.scrollWidth > span.clientWidth).map((span) => span.textContent),
    );
    expect(cut).toEqual([]);
  });

  test('every attachment is in the row’s text for screen readers, and Enter opens the drawer listing them all', async ({
    page,
    request,
  }) => {
    const response = await request.get('/api/v1/volumes?limit=1000&state=in-use');
    const { volumes } = (await response.json()) as {
      volumes: { id: string; name: string; servers: { id: string }[] }[];
    };
    const shared = volumes.find((volume) => volume.servers.length > 1 && volume.name);
    if (!shared) throw new Error('the simulator listed no volume attached to several servers');
    await page.goto(`/?name=${encodeURIComponent(shared.name)}`);
    await settled(page);
    const row = volumesTable(page).locator(`tr[data-row-id="${shared.id}"]`);
    await expect(row.locator('[data-lookup="named"]')).toBeVisible();
    const names = await Promise.all(
      shared.servers.map(async (server) => {
        const answer = await request.get(`/api/v1/servers/${server.id}`);
        return ((await answer.json()) as { name: string }).name;
      }),
    );
    // Screen readers get the full list in the cell's own text.
    for (const name of names) await expect(row).toContainText(name);

    // Keyboard: Tab from the focused row reaches its "+N more", which lists every attachment
    // by server name and id; Escape closes the list and leaves focus on the button.
    await row.focus();
    await page.keyboard.press('Tab');
    const more = row.getByRole('button', { name: `+${shared.servers.length - 1} more` });
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: 'Attached to' });
    await expect(list).toBeVisible();
    for (const [index, name] of names.entries()) {
      await expect(list).toContainText(name);
      await expect(list).toContainText(shared.servers[index]?.id ?? '');
    }
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(more).toBeFocused();
    // Touch or mouse: a tap opens the list, not the drawer behind the row.
    await more.click();
    await expect(list).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Escape');

    await row.focus();
    await page.keyboard.press('Enter');
    const attachments = page.getByRole('table', { name: `${shared.servers.length} attached servers` });
    for (const name of names) await expect(attachments).toContainText(name);
  });
});
