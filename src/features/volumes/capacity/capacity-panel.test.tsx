import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, requests, server, serveRegions, serveVolumes } from '../../../test/browser/fake-api.ts';
import { textsOf } from '../../../test/browser/expect-texts.ts';
import { INVENTORY } from '../../../test/browser/fake-inventory.ts';
import { inventoryQueries } from '../inventory/inventory-queries.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { openPage as open } from '../../../test/browser/volumes-page-kit.tsx';
import { makeVolume, makeVolumes } from '../../../test/browser/volume-fixtures.ts';

servePageTests();

const attached = (id: string) => ({ id, device: '/dev/vdb' });
const FIXTURES = [
  makeVolume({ name: 'free-a', state: 'available', size: 100, volume_type: 'SSD' }),
  makeVolume({ name: 'free-b', state: 'available', size: 40, volume_type: 'HDD' }),
  makeVolume({
    name: 'shared',
    state: 'in-use',
    size: 500,
    volume_type: 'SSD',
    multiattach: true,
    servers: [attached('s-1'), attached('s-2')],
  }),
  makeVolume({ name: 'boot', state: 'in-use', size: 20, bootable: true, servers: [attached('s-1')] }),
];

const panel = () => screen.getByRole('region', { name: 'Capacity' });
const toggle = () => screen.findByRole('button', { name: 'Capacity' });
const walkRequests = () => requests.filter((query) => query.get('limit') === '1000');

function figure(label: string): string {
  const term = within(panel()).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('the Capacity panel', () => {
  it('is closed by default and reads nothing until opened', async () => {
    serveVolumes(FIXTURES);
    open();
    await screen.findByText('free-a');
    expect(await toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(walkRequests()).toHaveLength(0);
  });

  it('adds up every matching volume, unattached and multi-attach included, and stays open', async () => {
    serveVolumes(FIXTURES);
    const view = open();
    await screen.findByText('free-a');
    await userEvent.click(await toggle());
    await waitFor(() => expect(figure('Total size')).toBe('660 GB'));
    expect(figure('Volumes')).toBe('4');
    expect(figure('Unattached')).toMatch(/^2 volumes, 140 GB/);
    const byType = within(panel()).getByRole('table', { name: 'GB by volume type' });
    const ssd = within(byType).getByRole('row', { name: /^SSD/ });
    expect(within(ssd).getByRole('rowheader')).toHaveTextContent(/^SSD/);
    expect(textsOf(ssd)).toEqual(['3', '620 GB']);
    const byState = within(panel()).getByRole('table', { name: 'GB by state' });
    expect(within(byState).getByRole('row', { name: /In use/ })).toHaveTextContent('2520 GB');
    const largest = within(panel()).getByRole('table', { name: 'Largest volumes' });
    expect(
      within(largest)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['shared', 'free-a', 'free-b', 'boot']);
    expect(walkRequests()).toHaveLength(1);

    view.unmount();
    open();
    await screen.findByText('free-a');
    expect(await toggle()).toHaveAttribute('aria-expanded', 'true');
  });

  it('names its state shortcut for what it does: filters the table to state Available', async () => {
    serveVolumes(FIXTURES);
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    open('/?bootable=false');
    await screen.findByText('free-a');
    await userEvent.click(
      await within(panel()).findByRole('button', { name: 'Filter to state Available (2)' }),
    );
    expect(window.location.search).toBe('?state=available&bootable=false');
    // The shortcut is gone (the table shows Available now): focus is on the panel's heading.
    expect(within(panel()).queryByRole('button', { name: /^Filter to state Available/ })).toBeNull();
    expect(await toggle()).toHaveFocus();
  });

  it('shows progress between pages, and Cancel stops the walk until read again', async () => {
    const many = makeVolumes(2500, (index) => ({ size: index % 2 === 0 ? 10 : 30 }));
    serveVolumes(many);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(`${API}/volumes`, async ({ request }) => {
        if (new URL(request.url).searchParams.has('marker')) await gate;
        return undefined;
      }),
    );
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    open();
    const progress = await screen.findByRole('progressbar', { name: 'Reading every matching volume' });
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuetext', '1,000 of 2,500'));
    await userEvent.click(within(panel()).getByRole('button', { name: 'Cancel' }));
    expect(await within(panel()).findByText('Stopped before every volume was read.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();

    release();
    await userEvent.click(within(panel()).getByRole('button', { name: 'Read again' }));
    await waitFor(() => expect(figure('Total size')).toBe('50,000 GB'));
    expect(figure('Volumes')).toBe('2,500');
  });
});

describe('the Capacity panel covers exactly what the table covers', () => {
  const west = makeVolumes(3, (index) => ({ name: `gitlab-w${index}`, size: 10, volume_type: 'SSD' }));
  const east = makeVolumes(2, (index) => ({ name: `web-e${index}`, size: 100, volume_type: 'HDD' }));

  it('says which regions its figures leave out when one does not answer, never “All”', async () => {
    serveRegions({ 'kr-west1': west, 'kr-east1': east }, ['kr-east1']);
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    open();
    await waitFor(() => expect(figure('Total size')).toBe('30 GB'));
    expect(panel()).toHaveTextContent('3 volumes matching the current filters, from kr-west1 only');
    expect(panel()).not.toHaveTextContent(/All 3 volumes/);
    expect(panel()).toHaveTextContent('Partial: kr-east1 did not answer, so its volumes are not included.');
    expect(panel()).toHaveTextContent('kr-east1: 500 ContactAdminForAssistance');
    expect(panel()).toHaveTextContent('req-kr-east1');
  });

  it('reads each region on its own and adds them up by region', async () => {
    serveRegions({ 'kr-west1': west, 'kr-east1': east });
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    open();
    await waitFor(() => expect(figure('Total size')).toBe('230 GB'));
    expect(panel()).toHaveTextContent('All 5 volumes matching the current filters');
    const byRegion = within(panel()).getByRole('table', { name: 'GB by region' });
    expect(within(byRegion).getByRole('row', { name: /kr-east1/ })).toHaveTextContent('kr-east12200 GB');
    expect(within(byRegion).getByRole('row', { name: /kr-west1/ })).toHaveTextContent('kr-west1330 GB');
    // One list per region, never the all-regions list, which pages by offset.
    expect(
      walkRequests()
        .map((query) => query.get('region'))
        .sort(),
    ).toEqual(['kr-east1', 'kr-west1']);
  });

  it('with Match: Contains, adds up only the volumes the search finds', async () => {
    serveRegions({ 'kr-west1': west, 'kr-east1': east });
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    open('/?name=GITLAB&match=contains');
    await waitFor(() => expect(figure('Total size')).toBe('30 GB'));
    expect(figure('Volumes')).toBe('3');
    expect(panel()).toHaveTextContent(
      'All 3 volumes whose name, server or ID contains “GITLAB”, within the current filters',
    );
  });

  it('speaks of one volume in the singular, and shows an unnamed volume by its id', async () => {
    const blank = makeVolume({ name: '  ', size: 3 });
    serveVolumes([blank]);
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    open();
    await waitFor(() => expect(figure('Volumes')).toBe('1'));
    expect(panel()).toHaveTextContent('The 1 volume matching the current filters');
    expect(figure('Unattached')).toMatch(/^1 volume, 3 GB/);
    const largest = within(panel()).getByRole('table', { name: 'Largest volumes' });
    expect(within(largest).getByRole('button', { name: blank.id })).toBeVisible();
  });

  it('says when it read, and reads again on demand', async () => {
    serveVolumes(FIXTURES);
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    open();
    await waitFor(() => expect(figure('Total size')).toBe('660 GB'));
    expect(panel()).toHaveTextContent(/Read (now|\d+s ago)/);
    expect(walkRequests()).toHaveLength(1);
    await userEvent.click(within(panel()).getByRole('button', { name: 'Read again' }));
    await waitFor(() => expect(walkRequests()).toHaveLength(2));
  });

  it('keeps its figures while an unavailable inventory is asked about again', async () => {
    serveVolumes(FIXTURES);
    // The inventory is on but its database does not answer; each re-check takes a moment.
    server.use(
      http.get(`${INVENTORY}/status`, async () => {
        await delay(100);
        return HttpResponse.json(
          { inventory_error: { status: 503, code: 'InventoryUnavailable', message: 'database is down' } },
          { status: 503 },
        );
      }),
    );
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    const { queryClient } = open();
    await waitFor(() => expect(figure('Total size')).toBe('660 GB'));

    // Another part of the page asks again (the drawer's History, a finished run …).
    const rechecked = queryClient.refetchQueries({ queryKey: inventoryQueries.status().queryKey });
    await act(() => delay(50));
    expect(panel()).not.toHaveTextContent('Asking the server about its inventory');
    expect(figure('Total size')).toBe('660 GB');
    await act(() => rechecked);
    expect(figure('Total size')).toBe('660 GB');
    expect(walkRequests()).toHaveLength(1);
  });
});
