import { focusManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { requests, serveVolumes } from '../../../test/browser/fake-api.ts';
import { fakeClock, servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { openPage } from '../../../test/browser/volumes-page-kit.tsx';
import { makeVolumes } from '../../../test/browser/volume-fixtures.ts';

// 1,500 volumes: a full read is two requests of 1,000.
const volumes = makeVolumes(1500, (index) => ({ name: `vol-${index}`, state: 'available' }));
const reads = () => requests.filter((query) => query.get('limit') === '1000').length;
const pageRefreshes = () => requests.filter((query) => query.get('limit') === '20').length;

servePageTests();
const advance = fakeClock();
afterEach(() => focusManager.setFocused(undefined));

describe('full reads refresh slowly, never in a hidden tab', () => {
  it('Capacity open in an idle tab: the table refreshes every 30 s, the read every 10 min', async () => {
    serveVolumes(volumes);
    localStorage.setItem('scp-volumes.capacity-open', 'true');
    openPage();
    const panel = await screen.findByRole('region', { name: 'Capacity' });
    await waitFor(() =>
      expect(within(panel).getByText('Total size').nextElementSibling).toHaveTextContent('150,000 GB'),
    );
    expect(reads()).toBe(2);

    // Five minutes: the table asks again ten times; the read (100 requests at 100,000 volumes)
    // used to follow it every 30 s.
    const before = pageRefreshes();
    // A second over five minutes: "Read 5m ago" whatever the phase of the clock's 1 s tick.
    await advance(5 * 60_000 + 1_000);
    expect(pageRefreshes()).toBeGreaterThanOrEqual(before + 8);
    expect(reads()).toBe(2);
    expect(panel).toHaveTextContent('Read 5m ago');

    await advance(5 * 60_000 + 1_000);
    await waitFor(() => expect(reads()).toBe(4));

    // Hidden: nothing at all, for as long as it stays hidden.
    focusManager.setFocused(false);
    const hidden = requests.length;
    await advance(30 * 60_000);
    expect(requests.length).toBe(hidden);
  });

  it('a contains search refreshes its page every 30 s from the read it has, without reading again', async () => {
    serveVolumes(volumes);
    openPage('/?name=vol-14&match=contains');
    expect(await screen.findByText(/Local search over 1,500 volumes: 111 match/)).toBeInTheDocument();
    expect(reads()).toBe(2);
    const searched = requests.length;

    await advance(5 * 60_000);
    expect(reads()).toBe(2);
    // Nothing else asked the API either: the page is the read's, matched again here.
    expect(requests.length).toBe(searched);
  });
});
