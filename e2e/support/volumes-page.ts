import { expect, type APIRequestContext, type Page } from '@playwright/test';

/**
 * How long the first page load of a test may take: a cold Vite dev server compiles the app's
 * modules on first request, and on the shared 2-core machine that is slow. Only the wait for
 * the first rows gets it; every later wait has the default expect timeout.
 */
export const FIRST_LOAD_MS = 60_000;

/** The volumes table, by its accessible name in either language. */
export function volumesTable(page: Page) {
  return page.getByRole('table', { name: /^(Volumes|볼륨)$/ });
}

/** Data rows only (skeleton and flagged rows carry no data-row-id). */
export function volumeRows(page: Page) {
  return volumesTable(page).locator('tbody tr[data-row-id]');
}

/** The pagination bar, in either language. */
export function pagination(page: Page) {
  return page.getByRole('navigation', { name: /^(Pagination|페이지 탐색)$/ });
}

/**
 * Rows shown, nothing loading, and the lazily loaded toolbar and pagination in place. The
 * toolbar and pagination are separate Suspense boundaries that may commit apart, and the page's
 * key handler (j/k, /, ?) is attached with the toolbar: a key pressed before it is lost.
 */
export async function settled(page: Page) {
  await expect(volumeRows(page).first()).toBeVisible({ timeout: FIRST_LOAD_MS });
  await expect(volumesTable(page)).toHaveAttribute('aria-busy', 'false');
  await expect(pagination(page)).toBeVisible({ timeout: FIRST_LOAD_MS });
  await expect(page.getByRole('button', { name: /^(Columns|열)$/ })).toBeAttached({ timeout: FIRST_LOAD_MS });
}

/** The chip of one state group, by the start of its English label ('Available', 'In use', …). */
export function stateChip(page: Page, label: string) {
  return page
    .getByRole('list', { name: 'Volumes by state' })
    .getByRole('button', { name: new RegExp(`^${label}`) });
}

/** The data-row-id of every row shown, in order. */
export async function rowIds(page: Page): Promise<(string | null)[]> {
  return volumeRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id')));
}

/** What the API itself says about a filter: the count the page must agree with. */
export async function apiCount(page: Page, query: string): Promise<number> {
  const response = await page.request.get(`/api/v1/volumes?limit=1&with_count=true&${query}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { count: number }).count;
}

/**
 * Every volume the API lists (in its own order for `sort`, when given), page by page with the
 * marker: the oracle that journeys compare the page's counts and rows with. `T` names the fields
 * a journey reads.
 */
export async function everyVolume<T extends { id: string }>(
  request: APIRequestContext,
  sort?: string,
): Promise<T[]> {
  const all: T[] = [];
  for (let marker: string | undefined; ;) {
    const query = new URLSearchParams({ limit: '1000' });
    if (sort) query.set('sort', sort);
    if (marker) query.set('marker', marker);
    const response = await request.get(`/api/v1/volumes?${query.toString().replace(/%3A/gi, ':')}`);
    expect(response.ok()).toBe(true);
    const { volumes } = (await response.json()) as { volumes: T[] };
    all.push(...volumes);
    if (volumes.length < 1000) return all;
    marker = volumes.at(-1)?.id;
  }
}
