import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, requests, server } from '../../../test/browser/fake-api.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { makeVolumes } from '../../../test/browser/volume-fixtures.ts';
import { VolumesPage } from './volumes-page.tsx';

const west = makeVolumes(3, (index) => ({ name: `west-${index}`, region: 'kr-west1' }));
const east = makeVolumes(2, (index) => ({
  name: `east-${index}`,
  region: 'kr-east1',
  servers: [{ id: `srv-east-${index}`, device: '/dev/vdb' }],
}));

function status(regions: string[]) {
  return {
    mode: 'simulator',
    endpointHost: 'localhost',
    region: regions[0],
    regions,
    env: 'e',
    apiVersion: '20240610',
  };
}

/** A proxy with two regions: no `region` lists both (entries tagged), one region forwards (untagged). */
function serveRegions(failures?: unknown[]) {
  server.use(
    http.get('http://localhost:3000/api/status', () => HttpResponse.json(status(['kr-west1', 'kr-east1']))),
    http.get(`${API}/volumes`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push(query);
      const region = query.get('region');
      // As the proxy answers a region it does not list (region-plan.ts).
      if (region !== null && region !== 'kr-west1' && region !== 'kr-east1') {
        const message = `Unknown region "${region}": this server lists kr-west1, kr-east1.`;
        return HttpResponse.json(
          { proxy_error: { status: 400, code: 'BadRequest', message } },
          { status: 400 },
        );
      }
      const strip = (list: typeof west) => list.map(({ region: _region, ...volume }) => volume);
      if (region === 'kr-east1') return HttpResponse.json({ count: east.length, volumes: strip(east) });
      const volumes = failures ? west : [...west, ...east];
      return HttpResponse.json({ count: volumes.length, volumes, ...(failures ? { failures } : {}) });
    }),
  );
}

/** ShowVolume and ShowServer answer any id; each request's URL is kept to check its region. */
function serveDetails(): URL[] {
  const seen: URL[] = [];
  server.use(
    http.get(`${API}/volumes/:id`, ({ request, params }) => {
      seen.push(new URL(request.url));
      return HttpResponse.json([...west, ...east].find((volume) => volume.id === params.id));
    }),
    http.get(`${API}/servers/:id`, ({ request, params }) => {
      seen.push(new URL(request.url));
      return HttpResponse.json({ id: params.id, name: `name-of-${String(params.id)}` });
    }),
  );
  return seen;
}

servePageTests();

const table = () => screen.getByRole('table', { name: 'Volumes' });

describe('the volumes page with several regions', () => {
  it('shows each row’s region, and the region filter narrows the list to one region', async () => {
    serveRegions();
    renderWithProviders(<VolumesPage />);
    await screen.findByText('east-1');
    expect(within(table()).getByRole('columnheader', { name: 'Region' })).toBeVisible();
    expect(within(table()).getAllByText('kr-east1')).toHaveLength(2);

    // The status request starts only after the first rows and the lazy toolbar (AfterFirstRows):
    // three steps in a row, so a wider bound than one findBy's on a busy machine.
    const select = await screen.findByRole('combobox', { name: 'Region' }, { timeout: 20_000 });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All regions', 'kr-west1', 'kr-east1']);
    await userEvent.selectOptions(select, 'kr-east1');
    await screen.findByText('east-0');
    expect(screen.queryByText('west-0')).toBeNull();
    expect(window.location.search).toContain('region=kr-east1');
    expect(requests.at(-1)?.get('region')).toBe('kr-east1');
    // One region's list names no region: the column goes, the filter says which.
    expect(within(table()).queryByRole('columnheader', { name: 'Region' })).toBeNull();
  });

  it('names the regions that did not answer, with status, message and request id', async () => {
    serveRegions([
      { region: 'kr-east1', status: 500, code: 'X', message: 'Internal error', requestId: 'req-123' },
    ]);
    renderWithProviders(<VolumesPage />);
    await screen.findByText('west-0');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Partial list: kr-east1 did not answer');
    expect(alert).toHaveTextContent('kr-east1: 500 X · Internal error');
    expect(alert).toHaveTextContent('req-123');
    const before = requests.length;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(requests.length).toBeGreaterThan(before));
  });

  it.each([
    ['en', /^Parts of this link/, 'region=kr-north9 (this server lists kr-west1, kr-east1)', 'All regions'],
    ['ko', /^링크의 일부를/, 'region=kr-north9 (이 서버의 리전: kr-west1, kr-east1)', '모든 리전'],
  ] as const)(
    'treats a region the proxy does not list as a bad link value: a notice, all regions (%s)',
    async (locale, intro, notice, allRegions) => {
      serveRegions();
      window.history.replaceState(null, '', '/?region=kr-north9&state=available');
      renderWithProviders(<VolumesPage />, { locale });
      await screen.findByText('east-1');
      await waitFor(() =>
        expect(
          screen.getAllByRole('status').find((element) => intro.test(element.textContent ?? '')),
        ).toHaveTextContent(notice),
      );
      expect(window.location.search).toBe('?state=available');
      expect(screen.queryByRole('alert')).toBeNull();
      const select = await screen.findByRole('combobox', { name: locale === 'en' ? 'Region' : '리전' });
      expect(select).toHaveDisplayValue(allRegions);
    },
  );

  it('offers no region filter when the proxy lists one region', async () => {
    serveRegions();
    server.use(http.get('http://localhost:3000/api/status', () => HttpResponse.json(status(['kr-west1']))));
    const { queryClient } = renderWithProviders(<VolumesPage />);
    await screen.findByRole('combobox', { name: 'Bootable' });
    // Absent because the status said one region, not because it had not arrived yet.
    await waitFor(() =>
      expect(queryClient.getQueryData(['status'])).toMatchObject({ regions: ['kr-west1'] }),
    );
    expect(screen.queryByRole('combobox', { name: 'Region' })).toBeNull();
  });

  it('lets the Region column be hidden like any other', async () => {
    serveRegions();
    const user = userEvent.setup();
    renderWithProviders(<VolumesPage />);
    await screen.findByText('east-1');
    await user.click(await screen.findByRole('button', { name: 'Columns' }, { timeout: 20_000 }));
    await user.click(screen.getByRole('checkbox', { name: 'Region' }));
    expect(within(table()).queryByRole('columnheader', { name: 'Region' })).toBeNull();
    expect(within(table()).queryByText('kr-east1')).toBeNull();
  });

  it('looks up a volume and its servers in the region its row names', async () => {
    serveRegions();
    const seen = serveDetails();
    const user = userEvent.setup();
    renderWithProviders(<VolumesPage />);
    await user.click(await screen.findByText('east-0'));
    await screen.findByText('name-of-srv-east-0');
    // The table's Attached-to cells look up the same servers, so the name can be on screen before
    // the drawer has asked for the volume: wait for the requests themselves.
    const paths = () => seen.map((url) => `${url.pathname}?${url.searchParams.toString()}`);
    await waitFor(() =>
      expect(paths()).toEqual(
        expect.arrayContaining([
          `/api/v1/volumes/${east[0]?.id ?? ''}?region=kr-east1`,
          '/api/v1/servers/srv-east-0?region=kr-east1',
        ]),
      ),
    );
    expect(seen.every((url) => url.searchParams.get('region') === 'kr-east1')).toBe(true);
  });
});
