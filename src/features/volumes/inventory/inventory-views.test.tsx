import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { SearchVolume } from '../../../scp/inventory-schema.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { requests, server, serveVolumes } from '../../../test/browser/fake-api.ts';
import {
  INVENTORY,
  inventoryOffHandler,
  inventoryOn,
  searchBody,
  summaryBody,
} from '../../../test/browser/fake-inventory.ts';
import { textsOf } from '../../../test/browser/expect-texts.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { openPage as open } from '../../../test/browser/volumes-page-kit.tsx';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';

servePageTests();

const AS_OF = '2026-02-11T05:02:00Z';

function row(volume: Volume, idleDays: number | null): SearchVolume {
  return {
    id: volume.id,
    region: 'kr-west1',
    name: volume.name ?? null,
    state: volume.state,
    size_gb: volume.size,
    volume_type: volume.volume_type ?? null,
    encrypted: volume.encrypted === true,
    multiattach: volume.multiattach === true,
    bootable: volume.bootable,
    attached: false,
    servers: [],
    created_at: volume.created_at ?? null,
    unattached_since: idleDays === null ? null : AS_OF,
    unattached_since_exact: true,
    idle_days: idleDays,
    snapshot_count: 0,
    snapshot_gb: 0,
    volume: { ...volume },
  };
}

/** Every inventory search the page made, as URLSearchParams. */
const searches: URLSearchParams[] = [];

function serveInventory(status = inventoryOn(AS_OF), rows: SearchVolume[] = []) {
  searches.length = 0;
  server.use(
    http.get(`${INVENTORY}/status`, () => HttpResponse.json(status)),
    http.get(`${INVENTORY}/search`, ({ request }) => {
      searches.push(new URL(request.url).searchParams);
      return HttpResponse.json(
        searchBody(AS_OF, {
          total: rows.length,
          volumes: rows,
          facets: {
            volume_type: [{ value: 'SSD', count: rows.length }],
            state: [{ value: 'available', count: rows.length }],
            region: [],
            encrypted: [
              { value: false, count: rows.length },
              { value: true, count: 0 },
            ],
            multiattach: [{ value: false, count: rows.length }],
            attached: [
              { value: false, count: rows.length },
              { value: true, count: 5 },
            ],
          },
          ranges: {
            idle_days: [
              { days: 7, count: 4 },
              { days: 30, count: rows.length },
              { days: 90, count: 1 },
            ],
            size_gb: [{ min: 0, max: 99, count: 2 }],
          },
        }),
      );
    }),
  );
}

/** Opens the page, waits for its rows, and opens the Capacity panel. */
async function openCapacity(): Promise<HTMLElement> {
  open('/');
  expect(await screen.findByText('live-a')).toBeInTheDocument();
  await userEvent.click(await screen.findByRole('button', { name: 'Capacity' }));
  return screen.getByRole('region', { name: 'Capacity' });
}

describe('the inventory’s views', () => {
  it('reads an idle filter’s page from the inventory: as of when, Refresh now, facet counts', async () => {
    const idle = [makeVolume({ name: 'idle-a', size: 100 }), makeVolume({ name: 'idle-b', size: 50 })];
    serveVolumes([]);
    serveInventory(inventoryOn(AS_OF), [row(idle[0]!, 40), row(idle[1]!, 31)]);
    open('/?idle_days=30');
    expect(await screen.findByText('idle-a')).toBeInTheDocument();
    expect(screen.getByText('idle-b')).toBeInTheDocument();
    expect(await screen.findByText(/^From the inventory as of .+ \(.+\)$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
    // One search answers the page: its filter, sort and page; the API is not asked for the page.
    expect(searches).toHaveLength(1);
    expect(searches[0]!.get('idle_days_gte')).toBe('30');
    expect(searches[0]!.get('limit')).toBe('20');
    expect(requests).toHaveLength(0);
    // The facets open (a filter of theirs is on) with each value's count, from that same search.
    const facets = await screen.findByRole('group', { name: 'Filters from the inventory' });
    const idleGroup = within(facets).getByRole('group', { name: 'Unattached for' });
    expect(within(idleGroup).getByRole('radio', { name: '30+ days, 2' })).toBeChecked();
    expect(within(idleGroup).getByRole('radio', { name: '90+ days, 1' })).not.toBeChecked();
    // The state chips count from the same search's state facet: no request of their own.
    const chips = screen.getByRole('list', { name: 'Volumes by state' });
    await waitFor(() =>
      expect(within(chips).getByRole('button', { name: /^Available/ })).toHaveTextContent('2'),
    );
    expect(requests).toHaveLength(0);
    expect(searches).toHaveLength(1);
    await userEvent.click(within(facets).getByRole('radio', { name: 'Unattached, 2' }));
    await waitFor(() => expect(window.location.search).toBe('?attached=false&idle_days=30'));
    await waitFor(() => expect(searches).toHaveLength(2));
    expect(searches[1]!.get('attached')).toBe('false');
  });

  it('refreshes its page at the slow pace, even with a volume mid-transition: it is a snapshot', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    serveVolumes([]);
    serveInventory(inventoryOn(AS_OF), [row(makeVolume({ name: 'busy-a', state: 'creating' }), 40)]);
    open('/?idle_days=30');
    expect(await screen.findByText('busy-a')).toBeInTheDocument();
    const before = searches.length;
    // The API's own page would refresh every 5 s; the inventory's answer changes with its runs.
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(searches).toHaveLength(before);
    await act(() => vi.advanceTimersByTimeAsync(15_000));
    await waitFor(() => expect(searches.length).toBeGreaterThan(before));
  });

  it('labels simulated history', async () => {
    serveVolumes([]);
    serveInventory(
      inventoryOn(AS_OF, {
        history: { start: '2026-01-12T00:00:00Z', simulated: true, simulated_until: AS_OF },
      }),
      [row(makeVolume({ name: 'old' }), 35)],
    );
    open('/?idle_days=30');
    expect(await screen.findByText('old')).toBeInTheDocument();
    expect(await screen.findByText('Simulated history')).toBeInTheDocument();
  });

  it('with the inventory off, says its filters need it and offers to remove them; the live table is untouched', async () => {
    serveVolumes([makeVolume({ name: 'live-a' })]);
    // As the server answers with SCP_INVENTORY=off: its status says so (the data routes 503).
    server.use(inventoryOffHandler());
    open('/?encrypted=true');
    expect(
      await screen.findByText(/need the inventory: the SCP API has no such filters/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/The inventory is off on this server/).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Remove those filters' }));
    expect(await screen.findByText('live-a')).toBeInTheDocument();
    expect(window.location.search).toBe('');
    // Off: no More filters button to offer what cannot work.
    expect(screen.queryByRole('button', { name: /^More filters/ })).toBeNull();
  });

  it('says when the inventory cannot answer a search (an error, not an empty table)', async () => {
    serveVolumes([]);
    serveInventory();
    server.use(
      http.get(`${INVENTORY}/search`, () =>
        HttpResponse.json(
          { inventory_error: { status: 503, code: 'InventoryUnavailable', message: 'database down' } },
          { status: 503 },
        ),
      ),
    );
    open('/?multiattach=true');
    expect(await screen.findByText(/database down/)).toBeInTheDocument();
  });

  it('fills the Capacity panel from one inventory summary, with idle volumes as links, and walks nothing', async () => {
    serveVolumes([makeVolume({ name: 'live-a' })]);
    serveInventory();
    const summaries: URLSearchParams[] = [];
    server.use(
      http.get(`${INVENTORY}/summary`, ({ request }) => {
        summaries.push(new URL(request.url).searchParams);
        return HttpResponse.json(
          summaryBody(AS_OF, {
            total: { count: 12, size_gb: 1200 },
            unattached: { count: 5, size_gb: 500 },
            by: {
              volume_type: [{ value: 'SSD', count: 12, size_gb: 1200 }],
              state: [{ value: 'available', count: 5, size_gb: 500 }],
              region: [{ value: 'kr-west1', count: 12, size_gb: 1200 }],
              bootable: [{ value: false, count: 12, size_gb: 1200 }],
              encrypted: [{ value: false, count: 12, size_gb: 1200 }],
            },
            idle: [
              { days: 7, count: 5, size_gb: 500 },
              { days: 30, count: 3, size_gb: 300 },
              { days: 90, count: 1, size_gb: 100 },
            ],
          }),
        );
      }),
    );
    const panel = await openCapacity();
    const idle = await within(panel).findByRole('table', { name: 'Idle volumes' });
    const thirty = within(idle).getByRole('row', { name: /^30\+ days/ });
    expect(textsOf(thirty)).toEqual(['3', '300 GB', 'List them']);
    expect(
      within(thirty).getByRole('link', { name: 'List the volumes unattached for 30+ days' }),
    ).toHaveAttribute('href', '?idle_days=30');
    expect(within(panel).getByText(/From the inventory as of/)).toBeInTheDocument();
    expect(summaries).toHaveLength(1);
    // No walk of the account: no 1,000-volume page was asked for.
    expect(requests.filter((query) => query.get('limit') === '1000')).toHaveLength(0);
    await userEvent.click(within(thirty).getByRole('link'));
    await waitFor(() => expect(window.location.search).toBe('?idle_days=30'));
  });

  it('Refresh now starts a run, is disabled while it runs, and says how it ended', async () => {
    serveVolumes([]);
    const rows = [row(makeVolume({ name: 'idle-x' }), 45)];
    serveInventory(inventoryOn(AS_OF), rows);
    let running = false;
    const runs: number[] = [];
    server.use(
      http.get(`${INVENTORY}/status`, () => {
        const status = inventoryOn(AS_OF);
        if (!running) return HttpResponse.json(status);
        // One poll shows the run under way; the next shows it finished.
        running = false;
        const run = {
          ...status.last_runs[0]!,
          id: 2,
          status: 'running' as const,
          finished_at: null,
          regions: [],
        };
        return HttpResponse.json({ ...status, collector: { state: 'running', run_id: 2 }, last_runs: [run] });
      }),
      http.post(`${INVENTORY}/runs`, () => {
        runs.push(2);
        running = true;
        return HttpResponse.json({ run_id: 2, status: 'running' }, { status: 202 });
      }),
    );
    open('/?idle_days=30');
    const button = await screen.findByRole('button', { name: 'Refresh now' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    await waitFor(() => expect(screen.getByText(/^Reading the account/)).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeDisabled();
    expect(
      await screen.findByText('Reading finished: the view shows it.', {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
    expect(runs).toHaveLength(1);
  });

  it('charts capacity over time with its values in a table, the simulated part labelled; 7 days on demand', async () => {
    serveVolumes([makeVolume({ name: 'live-a' })]);
    serveInventory(
      inventoryOn(AS_OF, {
        history: { start: '2026-01-12T00:00:00Z', simulated: true, simulated_until: '2026-02-10T00:00:00Z' },
      }),
    );
    const asked: URLSearchParams[] = [];
    server.use(
      http.get(`${INVENTORY}/summary`, () => HttpResponse.json(summaryBody(AS_OF))),
      http.get(`${INVENTORY}/trends`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(params);
        const metric = params.get('metric') ?? 'count';
        const scale = metric === 'count' ? 1 : 100;
        return HttpResponse.json({
          metric,
          by: 'state',
          step: 'day',
          from: params.get('from'),
          to: params.get('to'),
          history_start: '2026-01-12T00:00:00Z',
          times: ['2026-02-09T00:00:00Z', '2026-02-10T00:00:00Z', '2026-02-11T00:00:00Z'],
          series: [
            { key: 'available', values: [1, 2, 3].map((value) => value * scale) },
            { key: 'in-use', values: [4, 4, 5].map((value) => value * scale) },
          ],
        });
      }),
    );
    const panel = await openCapacity();
    const byState = await within(panel).findByRole('figure', { name: 'Volumes by state' });
    expect(within(byState).getByRole('img', { name: 'Volumes by state' })).toBeInTheDocument();
    const values = within(byState).getByRole('table', { name: 'Volumes by state: the values' });
    expect(textsOf(values, 'columnheader')).toEqual(['Date', 'Available', 'In use']);
    expect(
      within(values)
        .getAllByRole('row')
        .slice(1)
        .map((row) => textsOf(row)),
    ).toEqual([
      ['1', '4'],
      ['2', '4'],
      ['3', '5'],
    ]);
    const totalGb = within(panel).getByRole('figure', { name: 'Total size (GB)' });
    expect(textsOf(within(totalGb).getByRole('table'))).toEqual(['500', '600', '800']);
    const snapshotGb = within(panel).getByRole('figure', { name: 'Snapshot size (GB)' });
    expect(within(snapshotGb).getByRole('img', { name: 'Snapshot size (GB)' })).toBeInTheDocument();
    expect(within(panel).getByText(/The shaded part is simulated/)).toBeInTheDocument();
    expect(within(panel).getAllByText('Simulated history').length).toBeGreaterThan(0);
    expect(asked.map((params) => params.get('metric')).sort()).toEqual([
      'count',
      'size_gb',
      'snapshot_gb',
      'unattached_gb',
    ]);
    const days = (params: URLSearchParams) =>
      (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / 86_400_000;
    expect(days(asked[0]!)).toBe(30);
    await userEvent.click(within(panel).getByRole('radio', { name: '7 days' }));
    await waitFor(() => expect(asked).toHaveLength(8));
    expect(days(asked[7]!)).toBe(7);
  });
});
