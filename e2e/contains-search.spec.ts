import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { FIRST_LOAD_MS, rowIds } from './support/volumes-page.ts';

interface ListedVolume {
  id: string;
  name: string | null;
  servers: { id: string }[] | null;
}

/** Every volume in the API's own order for `sort`, page by page with the marker. */
async function everyVolume(request: APIRequestContext, sort: string): Promise<ListedVolume[]> {
  const all: ListedVolume[] = [];
  for (let marker: string | undefined; ;) {
    const response = await request.get(
      `/api/v1/volumes?limit=1000&sort=${sort}${marker ? `&marker=${marker}` : ''}`,
    );
    expect(response.ok()).toBe(true);
    const { volumes } = (await response.json()) as { volumes: ListedVolume[] };
    all.push(...volumes);
    if (volumes.length < 1000) return all;
    marker = volumes.at(-1)?.id;
  }
}

test('contains: the table lists every volume whose name, id or server contains the term, in the API’s order', async ({
  page,
  request,
}) => {
  const all = await everyVolume(request, 'size:desc');
  // A part of some volume's name, typed in another case: SCP's exact filter finds nothing for it.
  const sample = all.find((volume) => (volume.name ?? '').length >= 6)?.name ?? '';
  const term = sample.slice(1, 5).toUpperCase();
  const servers = new Map<string, string>();
  for (const id of new Set(all.flatMap((volume) => (volume.servers ?? []).map((server) => server.id)))) {
    const response = await request.get(`/api/v1/servers/${id}`);
    if (response.ok()) servers.set(id, ((await response.json()) as { name: string }).name);
  }
  const needle = term.toLowerCase();
  const has = (text: string | null | undefined) => (text ?? '').toLowerCase().includes(needle);
  const expected = all
    .filter(
      (volume) =>
        has(volume.name) ||
        has(volume.id) ||
        (volume.servers ?? []).some((server) => has(server.id) || has(servers.get(server.id))),
    )
    .map((volume) => volume.id);
  expect(expected.length).toBeGreaterThan(0);

  await page.goto(`/?name=${encodeURIComponent(term)}&match=contains&sort=size:desc`);
  await expect(page.getByRole('status').filter({ hasText: 'Local search over' })).toHaveText(
    `Local search over ${all.length.toLocaleString('en')} volumes: ${expected.length.toLocaleString('en')} match`,
    { timeout: FIRST_LOAD_MS },
  );
  await expect.poll(() => rowIds(page)).toEqual(expected.slice(0, 20));
  if (expected.length > 20) {
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => rowIds(page)).toEqual(expected.slice(20, 40));
  }
});
