import { expect, test } from './support/fixtures.ts';
import { everyVolume, FIRST_LOAD_MS, rowIds } from './support/volumes-page.ts';

interface ListedVolume {
  id: string;
  name: string | null;
  servers: { id: string }[] | null;
}

test('contains: the table lists every volume whose name or server’s name holds the term (or id starts with it), in the API’s order', async ({
  page,
  request,
}) => {
  const all = await everyVolume<ListedVolume>(request, 'size:desc');
  // A part of some volume's name, typed in another case: SCP's exact filter finds nothing for it.
  const sample = all.find((volume) => (volume.name ?? '').length >= 6)?.name ?? '';
  const term = sample.slice(1, 5).toUpperCase();
  // Every server's name, from ListServers page by page (the serve project has one region).
  const servers = new Map<string, string>();
  for (let marker: string | undefined; ;) {
    const response = await request.get(`/api/v1/servers?limit=1000${marker ? `&marker=${marker}` : ''}`);
    expect(response.ok()).toBe(true);
    const page = ((await response.json()) as { servers: { id: string; name: string | null }[] }).servers;
    for (const server of page) if (server.name) servers.set(server.id, server.name);
    if (page.length < 1000) break;
    marker = page.at(-1)?.id;
  }
  // Names (the volume's, its servers') hold the term anywhere; ids from their start, or
  // anywhere from 8 characters.
  const needle = term.toLowerCase();
  const inName = (text: string | null | undefined) => (text ?? '').toLowerCase().includes(needle);
  const inId = (id: string) =>
    id.toLowerCase().startsWith(needle) || (needle.length >= 8 && id.toLowerCase().includes(needle));
  const expected = all
    .filter(
      (volume) =>
        inName(volume.name) ||
        inId(volume.id) ||
        (volume.servers ?? []).some((server) => inId(server.id) || inName(servers.get(server.id))),
    )
    .map((volume) => volume.id);
  expect(expected.length).toBeGreaterThan(0);

  await page.goto(`/?name=${encodeURIComponent(term)}&match=contains&sort=size:desc`);
  await expect(page.getByRole('status').filter({ hasText: 'Local search over' })).toContainText(
    `Local search over ${all.length.toLocaleString('en')} volumes: ${expected.length.toLocaleString('en')} match`,
    { timeout: FIRST_LOAD_MS },
  );
  await expect.poll(() => rowIds(page)).toEqual(expected.slice(0, 20));
  if (expected.length > 20) {
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => rowIds(page)).toEqual(expected.slice(20, 40));
  }
});
