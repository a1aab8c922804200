import { expect, test } from './support/fixtures.ts';
import { settled, volumesTable } from './support/volumes-page.ts';

interface ListedVolume {
  id: string;
  name: string | null;
  servers: { id: string; device: string | null }[] | null;
}

test.describe('server names in the table', () => {
  test('the Attached to cell of an attached volume shows its server by name', async ({ page, request }) => {
    const response = await request.get('/api/v1/volumes?state=in-use&limit=50&sort=name:asc');
    expect(response.ok()).toBe(true);
    const { volumes } = (await response.json()) as { volumes: ListedVolume[] };
    const volume = volumes.find((item) => item.name && item.servers?.[0]?.device);
    if (!volume?.name || !volume.servers?.[0])
      throw new Error('the simulator listed no named, attached volume');
    const attachment = volume.servers[0];
    const server = (await (await request.get(`/api/v1/servers/${attachment.id}`)).json()) as { name: string };

    await page.goto(`/?name=${encodeURIComponent(volume.name)}`);
    await settled(page);
    const headers = await volumesTable(page).getByRole('columnheader').allTextContents();
    const column = headers.findIndex((text) => text.includes('Attached to'));
    expect(column).toBeGreaterThanOrEqual(0);
    const cell = volumesTable(page).locator(`tr[data-row-id="${volume.id}"] > td`).nth(column);
    await expect(cell).toContainText(`${attachment.device} on ${server.name}`);
    await expect(cell.locator('[data-lookup="named"]')).toBeVisible();
  });
});
