import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectTexts } from '../../../test/browser/expect-texts.ts';
import { failSignature, failVolumes, requests, serveVolumes } from '../../../test/browser/fake-api.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { makePageVolumes } from '../../../test/browser/volume-fixtures.ts';
import {
  expectEmptyThenNoMatch,
  openPage as open,
  pageParts,
} from '../../../test/browser/volumes-page-kit.tsx';

const volumes = makePageVolumes(10);

servePageTests();

const { table, chrome, bodyRows } = pageParts();

/** Opens the page on the fixtures and waits for its first row and its toolbar. */
async function openReady(url = '/', firstRow = 'vol-00') {
  serveVolumes(volumes);
  open(url);
  await screen.findByText(firstRow);
  await chrome();
}

describe('VolumesPage', () => {
  it('shows skeleton rows, then the first page with its range', async () => {
    serveVolumes(volumes);
    open();
    expect(table()).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByText('vol-00')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(20);
    await chrome();
    expect(screen.getByText('1–20 of 45')).toBeInTheDocument();
  });

  it('filters by state through the URL and goes back to page 1', async () => {
    await openReady('/?page=2', 'vol-20');
    await userEvent.selectOptions(screen.getByLabelText('State'), 'error');
    expect(window.location.search).toBe('?state=error');
    await waitFor(() => expect(bodyRows()).toHaveLength(11));
    expect(screen.getByText('1–11 of 11')).toBeInTheDocument();
    expect(requests.at(-1)?.get('state')).toBe('error');
  });

  it('filters by bootable and counts states in the chips', async () => {
    await openReady('/?bootable=true');
    expect(screen.getByLabelText('Bootable')).toHaveValue('true');
    expect(screen.getByText('1–15 of 15')).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Volumes by state' });
    await waitFor(() =>
      expect(within(chips).getByRole('button', { name: /Errors/ })).toHaveTextContent(/Errors\s*4/),
    );
    await userEvent.click(within(chips).getByRole('button', { name: /Errors/ }));
    expect(window.location.search).toBe('?state_group=errors&bootable=true');
    expect(screen.getByLabelText('State')).toHaveValue('group:errors');
  });

  it('sorts by size through the header and shows it in the URL', async () => {
    serveVolumes(volumes);
    open();
    await screen.findByText('vol-00');
    await userEvent.click(screen.getByRole('button', { name: 'Size' }));
    await userEvent.click(screen.getByRole('button', { name: 'Size' }));
    expect(window.location.search).toBe('?sort=size:desc');
    await waitFor(() => expect(bodyRows()[0]).toHaveTextContent('vol-44'));
  });

  it('keeps the name draft local and writes the URL once typing pauses, replacing history', async () => {
    await openReady();
    const before = window.history.length;
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'vol-07{Enter}');
    expect(window.location.search).toBe('?name=vol-07');
    await user.type(screen.getByLabelText('Name'), '{Backspace}8{Enter}');
    expect(window.location.search).toBe('?name=vol-08');
    expect(window.history.length).toBe(before + 1);
    expect(screen.getByText(/Exact match/)).toBeInTheDocument();
  });

  it('tells an empty account from no match, and Clear filters clears', async () => {
    await expectEmptyThenNoMatch(volumes, { empty: 'No volumes yet', noMatch: 'No volumes match' });
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[1]!);
    expect(window.location.search).toBe('');
    expect(await screen.findByText('vol-00')).toBeInTheDocument();
  });

  it('offers the last page for a page beyond it', async () => {
    serveVolumes(volumes);
    open('/?page=999');
    expect(await screen.findByText('Page 999 does not exist: the last page is 3.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Go to the last page' }));
    expect(window.location.search).toBe('?page=3');
    expect(await screen.findByText('vol-44')).toBeInTheDocument();
  });

  it('says which link values it did not understand', async () => {
    serveVolumes(volumes);
    open('/?per_page=7&sort=size:sideways');
    expect(await screen.findByText(/were not understood/)).toHaveTextContent('per_page=7');
    expect(screen.getByText('sort=size:sideways')).toBeInTheDocument();
    expect(await screen.findByText('1–20 of 45')).toBeInTheDocument();
  });

  it('explains a 401 and where the keys live, with the request id and Retry', async () => {
    failSignature('HmacValidFail');
    open();
    await screen.findByText('.env.local');
    const alert = screen.getByRole('alert');
    expectTexts(alert, ['HmacValidFail', '401', 'UNAUTHORIZED', 'px-401', 'clock']);
    expect(within(alert).getByText('.env.local')).toBeInTheDocument();
    expect(within(alert).getByText('SCP_SECRET_KEY')).toBeInTheDocument();
    serveVolumes(volumes);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('vol-00')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the last good rows, dimmed, when a refresh fails', async () => {
    serveVolumes(volumes);
    open();
    await screen.findByText('vol-00');
    failVolumes(502, {
      proxy_error: {
        status: 502,
        code: 'UpstreamUnreachable',
        message: 'Connection refused',
        request_id: 'px-502',
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Refresh' }));
    await screen.findByText(/could not be reached/);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Showing the last data loaded');
    expect(screen.getByText('vol-00')).toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-busy', 'true');
  });

  it('focuses the name filter on / and moves between rows with j and k', async () => {
    await openReady();
    const user = userEvent.setup();
    await user.keyboard('j');
    expect(document.activeElement).toBe(bodyRows()[0]);
    await user.keyboard('jj');
    expect(document.activeElement).toBe(bodyRows()[2]);
    await user.keyboard('k');
    expect(document.activeElement).toBe(bodyRows()[1]);
    await user.keyboard('/');
    expect(screen.getByLabelText('Name')).toHaveFocus();
    await user.keyboard('j');
    expect(screen.getByLabelText('Name')).toHaveValue('j');
  });

  it('moves focus into Columns on opening; ↑ / ↓ move between its boxes, not the rows behind it', async () => {
    await openReady();
    const user = userEvent.setup();
    const columns = await screen.findByRole('button', { name: 'Columns' });
    await user.click(columns);
    // The name cannot be hidden (disabled): the first box that can takes focus.
    expect(screen.getByRole('checkbox', { name: 'State' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('checkbox', { name: 'Size' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // Round to the last box: the absolute-times switch.
    expect(screen.getByRole('checkbox', { name: /^Absolute times/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(columns).toHaveFocus();
    // Closed: ↓ is the page's row key again.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(bodyRows()[0]);
  });

  it('opens the drawer from a row with a history entry and returns focus to it on close', async () => {
    serveVolumes(volumes);
    open();
    await screen.findByText('vol-00');
    const length = window.history.length;
    bodyRows()[1]?.focus();
    await userEvent.keyboard('{Enter}');
    expect(new URLSearchParams(window.location.search).get('volume')).toBe(volumes[1]?.id);
    expect(window.history.length).toBe(length + 1);

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(window.location.search).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(bodyRows()[1]));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  });
});
