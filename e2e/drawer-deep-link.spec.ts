import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { settled } from './support/volumes-page.ts';

interface ListedVolume {
  id: string;
  name: string | null;
}

/** A named volume far from the first page, so the drawer must load it with ShowVolume. */
async function volumeOffThePage(request: APIRequestContext): Promise<ListedVolume> {
  const response = await request.get('/api/v1/volumes?limit=200&offset=300');
  expect(response.ok()).toBe(true);
  const { volumes } = (await response.json()) as { volumes: ListedVolume[] };
  const named = volumes.find((volume) => volume.name);
  if (!named) throw new Error('the simulator returned no named volume past offset 300');
  return named;
}

test.describe('the volume drawer from a link', () => {
  test('opens a deep-linked volume that is not on the page, and again after a reload', async ({
    page,
    request,
  }) => {
    const volume = await volumeOffThePage(request);
    await page.goto(`/?volume=${volume.id}`);
    await settled(page);
    const dialog = page.getByRole('dialog', { name: volume.name!, exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Overview' })).toContainText(volume.id);
    // Not on the current page: there is no previous or next volume to step to.
    await expect(dialog.getByRole('button', { name: 'Previous volume' })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Next volume' })).toBeDisabled();

    await page.reload();
    await settled(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Overview' })).toContainText(volume.id);
  });

  test('opens a deep link in a fresh browser context', async ({ freshPage, request }) => {
    const volume = await volumeOffThePage(request);
    const page = await freshPage();
    await page.goto(`/?volume=${volume.id}`);
    await settled(page);
    await expect(page.getByRole('dialog', { name: volume.name!, exact: true })).toBeVisible();
  });

  test.describe('an unknown id', () => {
    test.use({
      expectedConsoleErrors: [
        {
          message: /status of 404 .* @ http:\/\/localhost:\d+\/api\/v1\/volumes\/0{8}-/,
          why: 'the journey asks for a volume that does not exist; Chromium logs the 404',
        },
      ],
    });
    test('says "Volume not found" for an unknown id and leads back to the list', async ({ page }) => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      await page.goto(`/?volume=${unknown}`);
      await settled(page);
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('heading', { name: 'Volume not found' })).toBeVisible();
      await expect(dialog).toContainText(unknown);
      await dialog.getByRole('button', { name: 'Back to volumes' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(page).not.toHaveURL(/[?&]volume=/);
    });
  });
});
