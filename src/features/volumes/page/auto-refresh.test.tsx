import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { failVolumes, requests, server, serveVolumes } from '../../../test/browser/fake-api.ts';
import { fakeClock, servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { makeVolumes } from '../../../test/browser/volume-fixtures.ts';
import { autoRefreshStore } from '../freshness/auto-refresh.ts';
import { VolumesPage } from './volumes-page.tsx';

const volumes = makeVolumes(5, (index) => ({ name: `vol-${index}`, state: 'available' }));
const unreachable = {
  proxy_error: { status: 502, code: 'UpstreamUnreachable', message: 'Connection refused' },
};

servePageTests();
const advance = fakeClock();

describe('auto-refresh under failures', () => {
  it('keeps polling with back-off after a failed refresh, and recovers by itself', async () => {
    failVolumes(502, unreachable);
    renderWithProviders(<VolumesPage />);
    await screen.findByRole('alert');
    expect(await screen.findByRole('switch', { name: 'Auto-refresh' })).toBeChecked();

    serveVolumes(volumes);
    await advance(45_000);

    expect(await screen.findByText('vol-0')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('backs off: each failed refresh waits longer than the one before', async () => {
    failVolumes(502, unreachable);
    renderWithProviders(<VolumesPage />);
    await screen.findByRole('alert');
    const times: number[] = [];
    // The table's own refreshes: the state chips' counts (limit=1) load with the toolbar, which
    // waits for the first answer, so they may fall inside the window too.
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).searchParams.get('limit') !== '1') times.push(Date.now());
    });

    // 10 s, 20 s, 40 s, 80 s, 160 s after the failures: five tries, four gaps, in six minutes.
    await advance(6 * 60_000);

    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0));
    expect(gaps.length).toBeGreaterThanOrEqual(4);
    // Each wait doubles (the clock also runs in real time, so not to the millisecond).
    for (let index = 1; index < gaps.length; index++) {
      expect(gaps[index]).toBeGreaterThan(1.5 * (gaps[index - 1] ?? 0));
    }
    server.events.removeAllListeners();
  });

  it('says when it tries again, counting down, and says nothing is tried with the switch off', async () => {
    failVolumes(502, unreachable);
    renderWithProviders(<VolumesPage />);
    // The full panel, not the plain one that stands in while its chunk loads.
    const alert = () => screen.getByRole('alert');
    // One failure: the next try is 10 s after it (refresh-interval.ts). The real clock runs
    // too (shouldAdvanceTime), hence the ranges.
    await waitFor(() => expect(alert()).toHaveTextContent(/Auto-refresh tries again in (10|9|8) s\./));
    // Screen readers get the time, not a tick a second.
    expect(within(alert()).getByText(/^Auto-refresh tries again at /)).toHaveClass('sr-only');
    await advance(4_000);
    expect(alert()).toHaveTextContent(/Auto-refresh tries again in [3-6] s\./);
    // The second failure doubles the wait.
    await advance(7_000);
    await waitFor(() => expect(alert()).toHaveTextContent(/Auto-refresh tries again in (20|1[5-9]) s\./));

    // The switch's own store (the toolbar need not have arrived).
    act(() => autoRefreshStore.set(false));
    // Read at the next tick: the observer takes its new options after the render.
    await advance(1_000);
    expect(alert()).toHaveTextContent('Auto-refresh is off: Retry tries again.');
  });

  it('stops polling when the switch is off', async () => {
    localStorage.setItem('scp-volumes.auto-refresh', 'false');
    failVolumes(502, unreachable);
    renderWithProviders(<VolumesPage />);
    await screen.findByRole('alert');
    const before = requests.length;

    await advance(10 * 60_000);

    expect(requests.length).toBe(before);
  });
});

describe('state chips and auto-refresh', () => {
  it('refreshes the chip counts whenever the table refreshes', async () => {
    const chip = (name: RegExp) =>
      within(screen.getByRole('list', { name: 'Volumes by state' })).getByRole('button', { name });
    serveVolumes(volumes);
    renderWithProviders(<VolumesPage />);
    await screen.findByText('vol-0');
    await screen.findByRole('list', { name: 'Volumes by state' });
    await waitFor(() => expect(chip(/Available/)).toHaveTextContent(/Available\s*5/));

    const more = makeVolumes(7, (index) => ({ name: `next-${index}`, state: 'available' }));
    serveVolumes(more);
    await advance(30_000);

    expect(await screen.findByText('next-6')).toBeInTheDocument();
    await waitFor(() => expect(chip(/Available/)).toHaveTextContent(/Available\s*7/));
  });
});
