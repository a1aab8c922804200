import { expect, test } from './support/fixtures.ts';
import { settled } from './support/volumes-page.ts';

test('a saved view reopens the same URL after a reload', async ({ page }) => {
  const view = '?state=available&sort=size:desc&per_page=50';
  await page.goto(`/${view}`);
  await settled(page);

  await page.getByRole('button', { name: 'Views' }).click();
  await page.getByRole('textbox', { name: 'Name this view' }).fill('Free, largest first');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved view' })).toHaveText(
    'Saved view Free, largest first',
  );

  // Elsewhere, then a reload: only localStorage can bring the view back.
  await page.goto('/?state=error');
  await settled(page);
  await page.reload();
  await settled(page);
  await page.getByRole('button', { name: 'Views' }).click();
  await page
    .getByRole('list', { name: 'Saved views list' })
    .getByRole('link', { name: 'Free, largest first' })
    .click();

  await expect(page).toHaveURL((url) => url.search === view);
  await settled(page);
  await expect(page.getByRole('combobox', { name: 'State', exact: true })).toHaveValue('available');
});
