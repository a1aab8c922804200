import { expect, type Page } from '@playwright/test';

/** The volumes table, by its accessible name. */
export function volumesTable(page: Page) {
  return page.getByRole('table', { name: 'Volumes' });
}

/** Data rows only (skeleton and flagged rows carry no data-row-id). */
export function volumeRows(page: Page) {
  return volumesTable(page).locator('tbody tr[data-row-id]');
}

/** Rows shown, nothing loading, and the lazily loaded toolbar and pagination in place. */
export async function settled(page: Page) {
  await expect(volumeRows(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(volumesTable(page)).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toBeVisible({ timeout: 30_000 });
}

/** What the API itself says about a filter: the count the page must agree with. */
export async function apiCount(page: Page, query: string): Promise<number> {
  const response = await page.request.get(`/api/v1/volumes?limit=1&with_count=true&${query}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { count: number }).count;
}
