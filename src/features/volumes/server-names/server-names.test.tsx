import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  serverRequestRegions,
  serverRequests,
  serveServerNames,
  serveVolumes,
} from '../../../test/browser/fake-api.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { openPage as open } from '../../../test/browser/volumes-page-kit.tsx';
import { makeVolume, makeVolumes } from '../../../test/browser/volume-fixtures.ts';
import { MAX_IN_FLIGHT } from './server-name-resolver.ts';

servePageTests();

const SERVER_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const SERVER_B = 'bbbbbbbb-0000-4000-8000-000000000002';
const SERVER_GONE = 'cccccccc-0000-4000-8000-000000000003';

function attachedCell(volumeName: string): HTMLElement {
  const row = screen.getByText(volumeName).closest('tr');
  if (!row) throw new Error(`no row for ${volumeName}`);
  const cells = within(row).getAllByRole('cell');
  const header = screen.getAllByRole('columnheader').findIndex((th) => /Attached to/.test(th.textContent));
  const cell = cells[header];
  if (!cell) throw new Error('no Attached to cell');
  return cell;
}

describe('server names in the Attached to column', () => {
  it('shows ids first, then names as lookups resolve, each server asked once', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    serveServerNames({ [SERVER_A]: 'web-01', [SERVER_B]: 'web-02' }, gate);
    serveVolumes([
      makeVolume({ name: 'boot-a', servers: [{ id: SERVER_A, device: '/dev/vda' }] }),
      makeVolume({ name: 'data-a', servers: [{ id: SERVER_A, device: '/dev/vdb' }] }),
      makeVolume({
        name: 'shared',
        multiattach: true,
        servers: [
          { id: SERVER_B, device: '/dev/vdc' },
          { id: SERVER_A, device: '/dev/vdc' },
        ],
      }),
    ]);
    open();
    await screen.findByText('boot-a');
    // While the lookups are held, the id shows.
    await waitFor(() => expect(serverRequests.length).toBe(2));
    expect(attachedCell('boot-a')).toHaveTextContent('/dev/vda on aaaaaaaa…');

    release();
    await waitFor(() => expect(attachedCell('boot-a')).toHaveTextContent('/dev/vda on web-01'));
    const shared = attachedCell('shared');
    await waitFor(() => expect(shared).toHaveTextContent(/\/dev\/vdc on web-02/));
    expect(within(shared).getByText('+1 more')).toBeInTheDocument();
    // Every attachment in the title and, for screen readers, in the text.
    expect(shared.querySelector('[title]')).toHaveAttribute(
      'title',
      '/dev/vdc on web-02\n/dev/vdc on web-01',
    );
    expect(shared).toHaveTextContent('/dev/vdc on web-01');
    expect(attachedCell('data-a')).toHaveTextContent('/dev/vdb on web-01');
    expect([...serverRequests].sort()).toEqual([SERVER_A, SERVER_B]);
  });

  it('keeps the id, marked, when a lookup fails, without an error banner', async () => {
    serveServerNames({ [SERVER_A]: 'web-01', [SERVER_GONE]: 500 });
    serveVolumes([
      makeVolume({ name: 'orphan', servers: [{ id: SERVER_GONE, device: '/dev/vdb' }] }),
      makeVolume({ name: 'fine', servers: [{ id: SERVER_A, device: '/dev/vda' }] }),
    ]);
    open();
    await screen.findByText('orphan');
    await waitFor(() => expect(attachedCell('fine')).toHaveTextContent('/dev/vda on web-01'));
    const orphan = attachedCell('orphan');
    await waitFor(() => expect(orphan.querySelector('[data-lookup="failed"]')).not.toBeNull());
    expect(orphan).toHaveTextContent(`/dev/vdb on ${SERVER_GONE} (Name unavailable)`);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Could not load volumes')).toBeNull();
  });

  it('looks up only the servers of rows on screen, a few at a time', async () => {
    // 150 rows on one page: the table renders only its window.
    const many = makeVolumes(150, (index) => ({
      name: `vol-${String(index).padStart(3, '0')}`,
      servers: [{ id: `server-${index}`, device: '/dev/vdb' }],
    }));
    const names = Object.fromEntries(many.map((_, index) => [`server-${index}`, `host-${index}`]));
    const traffic = serveServerNames(names);
    serveVolumes(many);
    open('/?per_page=200&sort=name:asc');
    await screen.findByText('vol-000');
    await waitFor(() => expect(attachedCell('vol-000')).toHaveTextContent('on host-0'));
    const rendered = screen
      .getAllByRole('row')
      .filter((row) => row.hasAttribute('data-row-id'))
      .map((row) => many.find((volume) => volume.id === row.dataset.rowId)?.servers?.[0]?.id);
    expect(rendered.length).toBeLessThan(150);
    await waitFor(() => expect([...serverRequests].sort()).toEqual([...rendered].sort()));
    expect(serverRequests).not.toContain('server-149');
    expect(traffic.peak()).toBeLessThanOrEqual(MAX_IN_FLIGHT);
  });

  it('names the row’s region in each lookup when the list names one, so the proxy asks only there', async () => {
    serveServerNames({ [SERVER_A]: 'web-01', [SERVER_B]: 'web-02' });
    serveVolumes([
      makeVolume({ name: 'east', region: 'kr-east1', servers: [{ id: SERVER_A, device: '/dev/vda' }] }),
      makeVolume({ name: 'plain', servers: [{ id: SERVER_B, device: '/dev/vdb' }] }),
    ]);
    open();
    await waitFor(() => expect(attachedCell('east')).toHaveTextContent('/dev/vda on web-01'));
    await waitFor(() => expect(attachedCell('plain')).toHaveTextContent('/dev/vdb on web-02'));
    const regionOf = (id: string) => serverRequestRegions[serverRequests.indexOf(id)];
    expect(regionOf(SERVER_A)).toBe('kr-east1');
    expect(regionOf(SERVER_B)).toBeNull();
  });
});
