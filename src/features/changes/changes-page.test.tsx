import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../test/browser/fake-api.ts';
import { renderWithProviders } from '../../test/browser/render.tsx';
import { ChangesPage } from './changes-page.tsx';
import { change, INVENTORY, inventoryError, inventoryStatus } from './inventory-fixtures.ts';

const asked: URLSearchParams[] = [];

function serveChanges(
  pages: Record<string, { changes: ReturnType<typeof change>[]; next_cursor: string | null }>,
) {
  server.use(
    inventoryStatus(),
    http.get(`${INVENTORY}/changes`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      return HttpResponse.json(pages[query.get('cursor') ?? ''] ?? { changes: [], next_cursor: null });
    }),
  );
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  asked.length = 0;
  localStorage.clear();
  window.history.replaceState(null, '', '/?view=changes');
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const table = () => screen.getByRole('table');
const rows = () => within(table()).getAllByRole('row').slice(1);

describe('the Changes page', () => {
  it('lists the last day’s changes newest first, in words, with errors standing out and the history labelled simulated', async () => {
    serveChanges({
      '': {
        changes: [
          change(5, { kind: 'state_changed', from: 'in-use', to: 'error', volume_name: 'db-1' }),
          change(4, { kind: 'attached', server: { id: 'srv-1', name: 'web-1' } }),
          change(3, { kind: 'resized', from: 50, to: 100 }),
          change(2, { kind: 'snapshot_created', snapshot: { id: 'snap-1', name: 'nightly', size_gb: 20 } }),
          change(1, { kind: 'deleted' }),
        ],
        next_cursor: null,
      },
    });
    renderWithProviders(<ChangesPage />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading changes…');
    await waitFor(() => expect(rows()).toHaveLength(5));
    const texts = rows().map((row) => row.textContent);
    expect(texts[0]).toContain('State In use → Error');
    expect(texts[1]).toContain('Attached to web-1');
    expect(texts[2]).toContain('Resized 50 GB → 100 GB');
    expect(texts[3]).toContain('Snapshot nightly taken (20 GB)');
    expect(texts[4]).toContain('Deleted');
    expect(within(rows()[0]!).getByText('State changed').closest('[data-state]')).toHaveAttribute(
      'data-state',
      'state_changed',
    );
    expect(rows()[0]!.className).toContain('bg-red-50');
    expect(await screen.findByTestId('simulated-history')).toHaveTextContent(/Simulated history until/);
    const query = asked[0]!;
    expect(query.get('limit')).toBe('50');
    expect(Date.now() - Date.parse(query.get('since') ?? '')).toBeGreaterThanOrEqual(86_400_000);
    expect(query.has('kind')).toBe(false);
  });

  it('filters by kind and region through the URL, and pages older changes with the API’s cursor', async () => {
    serveChanges({
      '': { changes: [change(9, { kind: 'detached' })], next_cursor: 'c1' },
      c1: { changes: [change(8, { kind: 'detached' })], next_cursor: null },
    });
    const user = userEvent.setup();
    renderWithProviders(<ChangesPage />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Load older changes' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(asked.at(-1)?.get('cursor')).toBe('c1');
    expect(screen.getByText('No older changes in this range.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'detached');
    expect(window.location.search).toBe('?view=changes&kind=detached');
    await waitFor(() => expect(asked.at(-1)?.get('kind')).toBe('detached'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time' }), '7d');
    expect(window.location.search).toBe('?view=changes&kind=detached&range=7d');
    await waitFor(() =>
      expect(Date.now() - Date.parse(asked.at(-1)?.get('since') ?? '')).toBeGreaterThanOrEqual(
        7 * 86_400_000,
      ),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'kr-west1');
    await waitFor(() => expect(asked.at(-1)?.get('region')).toBe('kr-west1'));
  });

  it('marks what is new since the last visit, and remembers what it has shown', async () => {
    localStorage.setItem('scp-volumes:changes-seen', '3');
    serveChanges({ '': { changes: [change(5), change(4), change(3), change(2)], next_cursor: null } });
    renderWithProviders(<ChangesPage />);
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(rows().map((row) => row.hasAttribute('data-new'))).toEqual([true, true, false, false]);
    expect(screen.getByText('2 changes since your last visit')).toBeInTheDocument();
    expect(localStorage.getItem('scp-volumes:changes-seen')).toBe('5');
  });

  it('says when nothing changed, and when the URL had a value it does not know', async () => {
    window.history.replaceState(null, '', '/?view=changes&kind=melted');
    serveChanges({});
    renderWithProviders(<ChangesPage />);
    expect(await screen.findByText('No changes in this time range.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Ignored kind=“melted”');
  });

  it('says the inventory is off, without a retry, when the server runs without it', async () => {
    // The fake API's own status: 200, enabled false, as the server answers with SCP_INVENTORY=off.
    server.use(
      http.get(`${INVENTORY}/changes`, ({ request }) => {
        asked.push(new URL(request.url).searchParams);
        return inventoryError(503, 'InventoryDisabled', 'The inventory is off on this server.');
      }),
    );
    renderWithProviders(<ChangesPage />);
    expect(await screen.findByTestId('inventory-off')).toHaveTextContent('SCP_INVENTORY=off');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    // The status said so: no page of changes was asked for (it would answer 503).
    expect(asked).toEqual([]);
  });

  it('gives the reason when the inventory is unavailable, and reads again on retry', async () => {
    let fail = true;
    server.use(
      inventoryStatus(),
      http.get(`${INVENTORY}/changes`, () =>
        fail
          ? inventoryError(
              503,
              'InventoryUnavailable',
              'The inventory’s database is not available: disk full',
            )
          : HttpResponse.json({ changes: [change(1)], next_cursor: null }),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<ChangesPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The inventory cannot answer right now');
    expect(alert).toHaveTextContent('disk full');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rows()).toHaveLength(1));
  });

  it('speaks Korean', async () => {
    serveChanges({ '': { changes: [change(1, { kind: 'deleted' })], next_cursor: null } });
    renderWithProviders(<ChangesPage />, { locale: 'ko' });
    expect(await screen.findByRole('heading', { name: '변경 내역' })).toBeInTheDocument();
    await waitFor(() => expect(rows()[0]).toHaveTextContent('삭제'));
    expect(table()).toHaveAccessibleName('변경 이벤트(최신순)');
  });
});
