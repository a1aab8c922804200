import { seriousViolations } from './support/axe.ts';
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

  // Saving under the same name asks first; a delete can be undone from a toast.
  await page.getByRole('button', { name: 'Views' }).click();
  await expect(page.getByRole('textbox', { name: 'Name this view' })).toBeFocused();
  await page.keyboard.type('Free, largest first');
  await page.keyboard.press('Enter');
  const question = page.getByRole('group', {
    name: 'A view named Free, largest first already exists. Replace it?',
  });
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await page.getByRole('button', { name: 'Delete Free, largest first' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Deleted view' });
  await expect(toast).toHaveText(/^Deleted view Free, largest first\./);
  // The panel, its question and the toast (the rest of the page has scans of its own).
  expect(await seriousViolations(page, '[data-saved-views]')).toEqual([]);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('list', { name: 'Saved views list' }).getByRole('link', { name: 'Free, largest first' }),
  ).toBeVisible();
});
