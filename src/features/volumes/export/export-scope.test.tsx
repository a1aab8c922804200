import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readRetryPolicy } from '../../../lib/with-retry.ts';
import {
  requests,
  server,
  serveRegions,
  serveServerList,
  serverRequests,
} from '../../../test/browser/fake-api.ts';
import { parseCsv } from '../../../test/browser/parse-csv.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { stubDownloads } from '../../../test/browser/stub-downloads.ts';
import { makeVolumes } from '../../../test/browser/volume-fixtures.ts';
import { parseView } from '../url-state/parse-view.ts';
import { ExportMenu } from './export-menu.tsx';

const west = makeVolumes(3, (index) => ({ name: `gitlab-w${index}`, size: 10 * (index + 1) }));
const east = makeVolumes(2, (index) => ({
  name: `web-e${index}`,
  size: 10 * (index + 1),
  servers: [{ id: 'srv-runner', device: '/dev/vdb' }],
}));

let downloads: ReturnType<typeof stubDownloads>;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  // The app's retry policy, without the back-off wait.
  vi.spyOn(readRetryPolicy, 'retryDelay').mockReturnValue(0);
  downloads = stubDownloads();
  requests.length = 0;
  serverRequests.length = 0;
});
afterEach(() => {
  downloads.restore();
  server.resetHandlers();
});
afterAll(() => server.close());

function renderMenu(search: string) {
  return renderWithProviders(<ExportMenu view={parseView(search).view} />);
}

async function file(index = 0): Promise<string> {
  await waitFor(() => expect(downloads.blobs.length).toBeGreaterThan(index));
  return (downloads.blobs[index] as Blob).text();
}

describe('export covers exactly what the table covers', () => {
  it('with a region down, saves a partial file that says so in its name, its contents and the toast; Retry completes it', async () => {
    serveRegions({ 'kr-west1': west, 'kr-east1': east }, ['kr-east1']);
    const user = userEvent.setup();
    renderMenu('');

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));

    const saved = JSON.parse(await file());
    expect(saved).toMatchObject({
      complete: false,
      regions: ['kr-west1', 'kr-east1'],
      missing_regions: [{ region: 'kr-east1', status: 500, request_id: 'req-kr-east1' }],
      count: 3,
    });
    expect(downloads.links[0]?.download).toMatch(/^scp-volumes-\d{8}-\d{6}-missing-kr-east1\.json$/);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(
      'Partial export: 3 volumes saved, but kr-east1 did not answer and its volumes are not in the file.',
    );
    expect(status).not.toHaveTextContent(/^Exported/);
    // Each page of the failing region was tried three times, as the table's are.
    expect(requests.filter((query) => query.get('region') === 'kr-east1')).toHaveLength(3);

    serveRegions({ 'kr-west1': west, 'kr-east1': east });
    requests.length = 0;
    await user.click(screen.getByRole('button', { name: 'Retry and save the whole file' }));

    const whole = JSON.parse(await file(1));
    expect(whole).toMatchObject({ complete: true, count: 5 });
    expect(whole.missing_regions).toBeUndefined();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Exported 5 volumes'));
    // Only the missing region was read again.
    expect(requests.map((query) => query.get('region'))).toEqual(['kr-east1']);
  });

  it('with Match: Contains, writes only the volumes the search finds, in the table’s order, and names the search', async () => {
    serveRegions({ 'kr-west1': west, 'kr-east1': east });
    serveServerList({ 'srv-runner': 'GitLab-Runner' });
    const user = userEvent.setup();
    renderMenu('?name=gitlab&match=contains&sort=size:desc');

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const [header, ...rows] = parseCsv(await file());
    const at = (name: string) => header?.indexOf(name) ?? -1;
    // Every volume holds "gitlab": west by name, east through its server's name. Sizes
    // descending, a tie broken by region (kr-east1 first), as the all-regions table orders.
    expect(rows.map((row) => [row[at('name')], row[at('size_gb')], row[at('region')]])).toEqual([
      ['gitlab-w2', '30', 'kr-west1'],
      ['web-e1', '20', 'kr-east1'],
      ['gitlab-w1', '20', 'kr-west1'],
      ['web-e0', '10', 'kr-east1'],
      ['gitlab-w0', '10', 'kr-west1'],
    ]);
    expect(rows[1]?.[at('attachments')]).toBe('/dev/vdb@srv-runner (GitLab-Runner)');
    expect(screen.getByRole('status')).toHaveTextContent('Exported 5 volumes');
    expect(serverRequests).toEqual([]);
  });

  it('with Match: Contains, the JSON file states the search it holds', async () => {
    serveRegions({ 'kr-west1': west, 'kr-east1': east });
    serveServerList({});
    const user = userEvent.setup();
    renderMenu('?name=GITLAB-W&match=contains&state=available');

    await user.click(
      within(screen.getByRole('group', { name: 'Export' })).getByRole('button', { name: 'Export JSON' }),
    );

    const saved = JSON.parse(await file());
    expect(saved.filters).toEqual({ name: 'GITLAB-W', match: 'contains', state: 'available' });
    expect(saved.volumes.map((volume: { name: string }) => volume.name).sort()).toEqual([
      'gitlab-w0',
      'gitlab-w1',
      'gitlab-w2',
    ]);
    // The state is applied here, not by the API: one read serves the search whatever its state.
    expect(requests.every((query) => !query.has('state'))).toBe(true);
  });
});
