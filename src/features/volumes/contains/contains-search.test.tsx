import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../scp/volume-schema.ts';
import { VolumesPage } from '../page/volumes-page.tsx';
import { requests, serveServerNames, serveVolumes } from '../../../test/browser/fake-api.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { makeVolumes } from '../../../test/browser/volume-fixtures.ts';

servePageTests();

const SERVERS: Record<string, string> = { 'srv-a': 'GitLab-runner-1', 'srv-b': 'db-primary' };
// 1,100 volumes, so the walk takes two pages; names in mixed case, some null, sizes repeating
// (ties fall to the id), a few matching only through a server's id or name.
const ALL: Volume[] = makeVolumes(1100, (index) => ({
  name:
    index % 97 === 0
      ? null
      : [`gitlab-${index}`, `GITLAB-${index}`, `web-${index}`, `Git-${index}`][index % 4],
  size: 10 * (index % 7),
  state: index % 5 === 0 ? 'in-use' : 'available',
  servers:
    index % 50 === 2
      ? [{ id: 'srv-a', device: '/dev/vdb' }]
      : index % 50 === 3
        ? [{ id: 'srv-b', device: null }]
        : [],
}));

/** The expected answer, written independently of the app: filter, then the API's order for size:desc. */
function expected(term: string): Volume[] {
  const needle = term.toLowerCase();
  const has = (text: string | null | undefined) => (text ?? '').toLowerCase().includes(needle);
  return ALL.filter(
    (volume) =>
      has(volume.name) ||
      has(volume.id) ||
      (volume.servers ?? []).some((server) => has(server.id) || has(SERVERS[server.id])),
  ).sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const shownIds = () =>
  screen
    .getAllByRole('row')
    .map((row) => row.getAttribute('data-row-id'))
    .filter((id): id is string => id !== null);

describe('contains search', () => {
  it('matches name, id and attached servers case-insensitively, in the API’s order, page by page', async () => {
    serveVolumes(ALL);
    serveServerNames(SERVERS);
    window.history.replaceState(null, '', '/?name=GiTl&match=contains&sort=size:desc&per_page=50');
    renderWithProviders(<VolumesPage />);

    const want = expected('GiTl');
    // The server name match (GitLab-runner-1 on srv-a) adds volumes whose own name is web-….
    expect(want.some((volume) => volume.name?.startsWith('web-'))).toBe(true);
    expect(
      await screen.findByText(
        `Local search over 1,100 volumes: ${want.length.toLocaleString('en')} match`,
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(shownIds()).toEqual(want.slice(0, 50).map((volume) => volume.id)));

    // The pagination is lazy chrome that follows the first rows: a wider bound on a busy machine.
    await userEvent.click(await screen.findByRole('button', { name: 'Next page' }, { timeout: 20_000 }));
    await waitFor(() => expect(shownIds()).toEqual(want.slice(50, 100).map((volume) => volume.id)));

    // No request ever asked the API for the name: SCP's filter is exact.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((query) => query.has('name'))).toEqual([]);
  });

  it('finds a volume by part of its id', async () => {
    serveVolumes(ALL);
    serveServerNames(SERVERS);
    const target = ALL[345] as Volume;
    const part = target.id.slice(-6).toUpperCase();
    window.history.replaceState(null, '', `/?name=${part}&match=contains&sort=size:desc`);
    renderWithProviders(<VolumesPage />);
    await waitFor(() => expect(shownIds()).toEqual(expected(part).map((volume) => volume.id)), {
      timeout: 20_000,
    });
    expect(shownIds()).toContain(target.id);
  });
});
