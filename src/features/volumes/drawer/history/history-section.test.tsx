import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { history, INVENTORY, inventoryError } from '../../../changes/inventory-fixtures.ts';
import { server, serveVolumeTypes } from '../../../../test/browser/fake-api.ts';
import { INVENTORY_OFF, inventoryOn } from '../../../../test/browser/fake-inventory.ts';
import { renderWithProviders } from '../../../../test/browser/render.tsx';
import { makeVolume, VOLUME_TYPES } from '../../../../test/browser/volume-fixtures.ts';
import { DeletedVolume } from './deleted-volume.tsx';
import { HistorySection } from './history-section.tsx';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const AS_OF = '2026-02-11T05:02:00Z';
/** Every history request the section sent. */
const historyRequests: string[] = [];
/** The history's answer, the inventory on (the fake API's default status says off). */
const serveHistory = (answer: () => Response, status = inventoryOn(AS_OF)) => {
  historyRequests.length = 0;
  server.use(
    http.get(`${INVENTORY}/status`, () => HttpResponse.json(status)),
    http.get(`${INVENTORY}/volumes/:id/history`, ({ request }) => {
      historyRequests.push(request.url);
      return answer();
    }),
  );
};
const section = () => screen.getByRole('region', { name: 'History' });

describe('the drawer’s History section', () => {
  it('shows first and last seen, how long unattached, and the changes as a timeline', async () => {
    serveHistory(() => HttpResponse.json(history()));
    renderWithProviders(<HistorySection volumeId="vol-7" />);
    expect(within(section()).getByRole('status')).toHaveTextContent('Loading history…');
    expect(await screen.findByTestId('unattached-for')).toHaveTextContent('Unattached for at least 12 days');
    expect(section()).toHaveTextContent('already there when the history began');
    expect(section()).toHaveTextContent('Snapshots: 2, 30 GB');
    const events = within(section()).getAllByRole('listitem');
    expect(events.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Detached from web-1'),
      expect.stringContaining('Resized 50 GB → 100 GB'),
    ]);
  });

  it('says "unattached for" when the inventory saw it detach, and nothing of it while attached', async () => {
    const exact = history();
    exact.versions[0] = { ...exact.versions[0]!, unattached_since_exact: true };
    serveHistory(() => HttpResponse.json(exact));
    const { unmount } = renderWithProviders(<HistorySection volumeId="vol-7" />);
    expect(await screen.findByTestId('unattached-for')).toHaveTextContent(/^Unattached for 12 days$/);
    unmount();
    const attached = history();
    attached.versions[0] = { ...attached.versions[0]!, attached: true, unattached_since: null };
    serveHistory(() => HttpResponse.json(attached));
    renderWithProviders(<HistorySection volumeId="vol-8" />);
    expect(await screen.findByTestId('unattached-for')).toHaveTextContent('Attached now');
  });

  it('says the inventory has not seen the volume yet', async () => {
    serveHistory(() => inventoryError(404, 'NotFound', 'The inventory has never seen volume vol-7.'));
    renderWithProviders(<HistorySection volumeId="vol-7" />);
    expect(await within(section()).findByText(/has not recorded this volume yet/)).toBeInTheDocument();
  });

  it('says the inventory is off, and the reason when it is unavailable, in this section alone', async () => {
    // Off: the status says so (200, enabled false) and the history is never asked for.
    serveHistory(() => HttpResponse.json(history()), INVENTORY_OFF);
    const { unmount } = renderWithProviders(<HistorySection volumeId="vol-7" />);
    expect(await screen.findByTestId('inventory-off')).toHaveTextContent(
      'History needs the inventory, which is off on this server.',
    );
    expect(historyRequests).toEqual([]);
    unmount();
    serveHistory(() =>
      inventoryError(503, 'InventoryUnavailable', 'The inventory’s database failed: timeout'),
    );
    renderWithProviders(<HistorySection volumeId="vol-9" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not read the history.');
    expect(screen.getByRole('alert')).toHaveTextContent('timeout');
  });
});

describe('a deleted volume in the drawer', () => {
  it('shows its last known state from the history, clearly marked deleted', async () => {
    const gone = history({ exists: false });
    gone.versions[0] = { ...gone.versions[0]!, volume: makeVolume({ id: 'vol-7', name: 'data-7' }) };
    serveHistory(() => HttpResponse.json(gone));
    serveVolumeTypes(VOLUME_TYPES);
    renderWithProviders(<DeletedVolume volumeId="vol-7" onBack={() => {}} />);
    expect(await screen.findByTestId('deleted-volume')).toHaveTextContent('Deleted volume');
    expect(screen.getByRole('region', { name: 'Overview' })).toHaveTextContent('data-7');
    expect(await within(section()).findAllByRole('listitem')).toHaveLength(2);
  });

  it('falls back to "not found" when the inventory cannot say', async () => {
    serveHistory(() =>
      inventoryError(503, 'InventoryUnavailable', 'The inventory’s database failed: timeout'),
    );
    const { unmount } = renderWithProviders(<DeletedVolume volumeId="vol-7" onBack={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('vol-7');
    expect(screen.queryByTestId('deleted-volume')).toBeNull();
    unmount();
    // Off: "not found" at once, with no history request.
    serveHistory(() => HttpResponse.json(history()), INVENTORY_OFF);
    renderWithProviders(<DeletedVolume volumeId="vol-8" onBack={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('vol-8');
    expect(historyRequests).toEqual([]);
  });
});
