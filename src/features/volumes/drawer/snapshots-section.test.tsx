import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, serveSnapshots, serveStatus, snapshotRequests } from '../../../test/browser/fake-api.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { SnapshotsSection } from './snapshots-section.tsx';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  snapshotRequests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const VOLUME = 'vol-1';
const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T09:00:00Z');

/** `count` snapshots of VOLUME, newest first, a day apart, 10 GB each but the first (40 GB). */
function snapshots(count: number, extra: (index: number) => Record<string, unknown> = () => ({})) {
  return Array.from({ length: count }, (_, index) => ({
    id: `snap-${String(index).padStart(4, '0')}-0000-4000-8000-000000000000`,
    volume_id: VOLUME,
    name: `daily-${index}`,
    size: index === 0 ? 40 : 10,
    status: 'available',
    created_at: new Date(NOW - index * DAY).toISOString(),
    ...extra(index),
  }));
}

const section = () => screen.getByRole('region', { name: 'Snapshots' });
const bodyRows = () => within(section()).getAllByRole('row').slice(1);

describe('the drawer’s Snapshots section', () => {
  it('asks the volume’s region for all its snapshots, and shows count, total GB and each newest first', async () => {
    serveSnapshots([
      ...snapshots(3, (index) => ({
        status: ['creating', 'error_deleting', 'available'][index],
        name: index === 1 ? null : `daily-${index}`,
      })),
      { ...snapshots(1)[0], id: 'other', volume_id: 'vol-2' },
    ]);
    renderWithProviders(<SnapshotsSection volumeId={VOLUME} region="kr-east1" />);
    expect(within(section()).getByRole('status')).toHaveTextContent('Loading snapshots…');
    expect(await within(section()).findByText('3 snapshots · 60 GB in total')).toBeInTheDocument();
    expect(snapshotRequests[0]?.toString()).toBe(
      'volume_id=vol-1&limit=1000&with_count=true&region=kr-east1',
    );
    const [first, second, third] = bodyRows();
    expect(first).toHaveTextContent('daily-0');
    expect(first).toHaveTextContent('40 GB');
    expect(within(first!).getByText('Creating')).toHaveAttribute('data-state', 'creating');
    expect(second).toHaveTextContent('Unnamed');
    expect(within(second!).getByText('Error deleting')).toBeInTheDocument();
    expect(third).toHaveTextContent('Available');
    // Age, with the absolute time a focus away; the id copyable.
    expect(first!.querySelector('time')).toHaveAttribute('dateTime', new Date(NOW).toISOString());
    expect(within(first!).getByRole('button', { name: 'Copy snapshot ID' })).toBeInTheDocument();
    expect(
      within(section()).getByRole('table', { name: 'Snapshots 1–3 of 3, newest first' }),
    ).toBeInTheDocument();
    expect(within(section()).queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('pages a long list ten at a time, newest first, the totals the whole volume’s', async () => {
    serveSnapshots(snapshots(25));
    renderWithProviders(<SnapshotsSection volumeId={VOLUME} region="kr-west1" />);
    expect(await within(section()).findByText('25 snapshots · 280 GB in total')).toBeInTheDocument();
    const pages = within(section()).getByRole('navigation', { name: 'Pages of snapshots' });
    expect(pages).toHaveTextContent('1–10 of 25');
    expect(within(pages).getByRole('button', { name: 'Newer snapshots' })).toBeDisabled();
    await userEvent.click(within(pages).getByRole('button', { name: 'Older snapshots' }));
    await userEvent.click(within(pages).getByRole('button', { name: 'Older snapshots' }));
    expect(pages).toHaveTextContent('21–25 of 25');
    expect(bodyRows().map((row) => row.querySelector('td')?.textContent)).toEqual([
      'daily-20',
      'daily-21',
      'daily-22',
      'daily-23',
      'daily-24',
    ]);
    expect(within(pages).getByRole('button', { name: 'Older snapshots' })).toBeDisabled();
  });

  it('reads a volume with more than a thousand snapshots page by page, by marker', async () => {
    serveSnapshots(snapshots(1003));
    renderWithProviders(<SnapshotsSection volumeId={VOLUME} region="kr-west1" />);
    expect(await within(section()).findByText(/^1,003 snapshots · /)).toBeInTheDocument();
    expect(snapshotRequests).toHaveLength(2);
    expect(snapshotRequests[1]?.get('marker')).toBe(snapshots(1000)[999]?.id);
    expect(snapshotRequests[1]?.get('with_count')).toBe('false');
  });

  it('asks the one region there is for a volume that names none, and waits for the name when there are several', async () => {
    serveStatus(['kr-west1']);
    serveSnapshots(snapshots(2));
    const one = renderWithProviders(<SnapshotsSection volumeId={VOLUME} region={undefined} />);
    expect(await within(section()).findByText('2 snapshots · 50 GB in total')).toBeInTheDocument();
    expect(snapshotRequests.map((query) => query.get('region'))).toEqual(['kr-west1']);
    one.unmount();

    serveStatus(['kr-west1', 'kr-east1']);
    const several = renderWithProviders(<SnapshotsSection volumeId={VOLUME} region={undefined} />);
    // ShowVolume names the region a moment later: until then, with the regions known, nothing is asked.
    await waitFor(() => expect(several.queryClient.getQueryData(['status'])).toBeDefined());
    expect(within(section()).getByRole('status')).toHaveTextContent('Loading snapshots…');
    expect(snapshotRequests).toHaveLength(1);
    several.rerender(<SnapshotsSection volumeId={VOLUME} region="kr-east1" />);
    expect(await within(section()).findByText('2 snapshots · 50 GB in total')).toBeInTheDocument();
    expect(snapshotRequests.map((query) => query.get('region'))).toEqual(['kr-west1', 'kr-east1']);
  });

  it('says so when the volume has none', async () => {
    serveSnapshots([]);
    renderWithProviders(<SnapshotsSection volumeId={VOLUME} region="kr-west1" />);
    expect(await within(section()).findByText('This volume has no snapshots.')).toBeInTheDocument();
    expect(within(section()).queryByRole('table')).not.toBeInTheDocument();
  });

  it('names a failure with SCP’s words and tries again on request', async () => {
    serveSnapshots(500);
    renderWithProviders(<SnapshotsSection volumeId={VOLUME} region="kr-west1" />);
    const alert = await within(section()).findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the snapshots.');
    expect(alert).toHaveTextContent('ContactAdminForAssistance');
    expect(alert).toHaveTextContent('req-x');
    serveSnapshots(snapshots(2));
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(section()).findByText('2 snapshots · 50 GB in total')).toBeInTheDocument();
  });

  it('speaks Korean', async () => {
    serveSnapshots(snapshots(12, (index) => ({ status: index === 0 ? 'backing-up' : 'available' })));
    renderWithProviders(<SnapshotsSection volumeId={VOLUME} region="kr-west1" />, { locale: 'ko' });
    const korean = await screen.findByRole('region', { name: '스냅샷' });
    expect(await within(korean).findByText('스냅샷 12개 · 총 150 GB')).toBeInTheDocument();
    expect(within(korean).getByText('백업 중')).toBeInTheDocument();
    expect(within(korean).getByRole('navigation', { name: '스냅샷 페이지' })).toHaveTextContent(
      '12개 중 1–10',
    );
    expect(within(korean).getByRole('columnheader', { name: '크기' })).toBeInTheDocument();
  });
});
