import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Volume } from '../../../scp/volume-schema.ts';
import { VolumesPage } from '../page/volumes-page.tsx';
import {
  requests,
  serverListRequests,
  serveRegions,
  serveServerList,
  serveVolumes,
} from '../../../test/browser/fake-api.ts';
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

/**
 * The expected answer, written independently of the app: a name or a server's name holds the
 * term anywhere; an id (the volume's or a server's) from its start, or anywhere from 8
 * characters. Then the API's order for size:desc.
 */
function expected(term: string): Volume[] {
  const needle = term.toLowerCase();
  const inName = (text: string | null | undefined) => (text ?? '').toLowerCase().includes(needle);
  const inId = (id: string) =>
    id.toLowerCase().startsWith(needle) || (needle.length >= 8 && id.toLowerCase().includes(needle));
  return ALL.filter(
    (volume) =>
      inName(volume.name) ||
      inId(volume.id) ||
      (volume.servers ?? []).some((server) => inId(server.id) || inName(SERVERS[server.id])),
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
    serveServerList(SERVERS);
    window.history.replaceState(null, '', '/?name=GiTl&match=contains&sort=size:desc&per_page=50');
    renderWithProviders(<VolumesPage />);

    const want = expected('GiTl');
    // The server name match (GitLab-runner-1 on srv-a) adds volumes whose own name is web-….
    expect(want.some((volume) => volume.name?.startsWith('web-'))).toBe(true);
    const byServer = want.filter((volume) => !/gitl/i.test(volume.name ?? '')).length;
    expect(
      await screen.findByText(
        `Local search over 1,100 volumes: ${want.length.toLocaleString('en')} match (name ${
          want.length - byServer
        }, attached server ${byServer})`,
        { exact: false },
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(shownIds()).toEqual(want.slice(0, 50).map((volume) => volume.id)));
    // A row found through its server says so, and names the server.
    const viaServer = want.slice(0, 50).find((volume) => !/gitl/i.test(volume.name ?? ''));
    if (viaServer) {
      const row = screen.getAllByRole('row').find((tr) => tr.getAttribute('data-row-id') === viaServer.id);
      expect(row).toHaveTextContent('server: GitLab-runner-1');
    }

    // The pagination is lazy chrome that follows the first rows. Looked for with a plain
    // selector: a role or label query over 50 full rows, retried on every change, kept a busy
    // machine's main thread from rendering it.
    const nav = await waitFor(
      () => {
        const found = document.querySelector<HTMLElement>('nav[aria-label="Pagination"]');
        if (!found) throw new Error('no pagination yet');
        return found;
      },
      { timeout: 20_000 },
    );
    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(shownIds()).toEqual(want.slice(50, 100).map((volume) => volume.id)));

    // No request ever asked the API for the name: SCP's filter is exact.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((query) => query.has('name'))).toEqual([]);
    // Server names came from ListServers (only it is served here), one paged list of 1,000.
    expect(serverListRequests.map((query) => query.get('limit'))).toEqual(['1000']);
  });

  it('finds a volume by its id’s start, or by 8 characters anywhere in it, not by a short part inside', async () => {
    serveVolumes(ALL);
    serveServerList(SERVERS);
    // Every fixture id holds "0000" inside it, and none starts with it past the first group.
    window.history.replaceState(null, '', '/?name=0-00&match=contains');
    const first = renderWithProviders(<VolumesPage />);
    expect(
      await screen.findByText(/Local search over 1,100 volumes: 0 match/, {}, { timeout: 20_000 }),
    ).toBeVisible();
    first.unmount();

    const target = ALL[345] as Volume;
    const part = target.id.slice(-8).toUpperCase();
    window.history.replaceState(null, '', `/?name=${part}&match=contains&sort=size:desc`);
    renderWithProviders(<VolumesPage />);
    await waitFor(() => expect(shownIds()).toEqual(expected(part).map((volume) => volume.id)), {
      timeout: 20_000,
    });
    expect(shownIds()).toContain(target.id);
  });

  it('with a region down, says the search left it out, naming it, beside the table’s partial notice', async () => {
    const west = makeVolumes(4, (index) => ({ name: `gitlab-w${index}` }));
    const east = makeVolumes(4, (index) => ({ name: `gitlab-e${index}` }));
    serveRegions({ 'kr-west1': west, 'kr-east1': east }, ['kr-east1']);
    serveServerList({});
    window.history.replaceState(null, '', '/?name=gitlab&match=contains');
    renderWithProviders(<VolumesPage />);

    const status = await screen.findByText(/^Local search over 4 volumes/, {}, { timeout: 20_000 });
    expect(status).toHaveTextContent(
      'Local search over 4 volumes: 4 match (name 4) · not searched: kr-east1 (did not answer)',
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Partial list: kr-east1 did not answer');
    // Newest first, as the API's default; equal dates fall to region, then id.
    await waitFor(() => expect(shownIds()).toEqual(west.map((volume) => volume.id)));
  });

  it('shows the server names being read as their own phase', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    serveVolumes(ALL);
    serveServerList(SERVERS, { gate });
    window.history.replaceState(null, '', '/?name=runner&match=contains');
    renderWithProviders(<VolumesPage />);

    const bar = await screen.findByRole('progressbar', { name: 'Reading server names' }, { timeout: 20_000 });
    expect(bar).toHaveAttribute('aria-valuetext', '0 so far');
    expect(screen.getByText('Reading every volume to search locally')).toBeVisible();
    release();
    const matches = expected('runner').length;
    expect(
      await screen.findByText(
        `Local search over 1,100 volumes: ${matches} match (attached server ${matches})`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
