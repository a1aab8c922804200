import { expect, test, type APIRequestContext } from '@playwright/test';

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
  // The dev server compiles the lazily loaded drawer on first open; on a busy 2-core machine
  // that alone can take several seconds, so these journeys get more than the default 30 s.
  test.describe.configure({ timeout: 60_000 });

  test('opens a deep-linked volume that is not on the page, and again after a reload', async ({
    page,
    request,
  }) => {
    const volume = await volumeOffThePage(request);
    await page.goto(`/?volume=${volume.id}`);
    const dialog = page.getByRole('dialog', { name: volume.name!, exact: true });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Overview' })).toContainText(volume.id);
    // Not on the current page: there is no previous or next volume to step to.
    await expect(dialog.getByRole('button', { name: 'Previous volume' })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'Next volume' })).toBeDisabled();

    await page.reload();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('region', { name: 'Overview' })).toContainText(volume.id);
  });

  test('opens a deep link in a fresh browser context', async ({ browser, request, baseURL }) => {
    const volume = await volumeOffThePage(request);
    const context = await browser.newContext({ baseURL });
    try {
      const page = await context.newPage();
      await page.goto(`/?volume=${volume.id}`);
      await expect(page.getByRole('dialog', { name: volume.name!, exact: true })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('says "Volume not found" for an unknown id and leads back to the list', async ({ page }) => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await page.goto(`/?volume=${unknown}`);
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Volume not found' })).toBeVisible();
    await expect(dialog).toContainText(unknown);
    await dialog.getByRole('button', { name: 'Back to volumes' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.has('volume')).toBe(false);
  });
});
