import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-provider.tsx';
import type { Locale } from '../../../i18n/locale.ts';
import { statusHandler } from '../../../test/browser/fake-api.ts';
import {
  INVENTORY,
  inventoryOffHandler,
  inventoryOn,
  searchBody,
} from '../../../test/browser/fake-inventory.ts';
import { DEFAULT_VIEW, type VolumeView } from '../url-state/volume-view.ts';
import { ExportMenu } from './export-menu.tsx';
import { readRetryPolicy } from '../../../lib/with-retry.ts';
import { serverQueries } from '../api/volume-queries.ts';
import { parseCsv } from '../../../test/browser/parse-csv.ts';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { stubDownloads } from '../../../test/browser/stub-downloads.ts';

// The app's retry policy, without the back-off wait (with-retry.test.ts times the waits).
beforeEach(() => {
  vi.spyOn(readRetryPolicy, 'retryDelay').mockReturnValue(0);
});

const API = 'http://localhost:3000/api/v1/volumes';
const TOTAL = 1234;
const volumes = Array.from({ length: TOTAL }, (_, index) => ({
  id: `vol-${String(index).padStart(5, '0')}`,
  name: index === 0 ? '운영 데이터' : `volume-${index}`,
  state: 'available',
  size: 10,
  bootable: false,
  created_at: '2026-01-01T00:00:00Z',
  ...(index === 1 && {
    servers: [
      { id: 'srv-known', device: '/dev/vdb', attached_at: null },
      { id: 'srv-unknown', device: '/dev/vdc', attached_at: null },
    ],
  }),
}));

/** Keyset paging over `volumes`; `hold` can keep a page waiting until the test releases it. */
let hold: ((url: URL, signal: AbortSignal) => Promise<Response | void>) | null = null;
const requests: URL[] = [];
const server = setupServer(
  statusHandler(),
  inventoryOffHandler(),
  http.get(API, async ({ request }) => {
    const url = new URL(request.url);
    requests.push(url);
    const held = await hold?.(url, request.signal);
    if (held) return held;
    const marker = url.searchParams.get('marker');
    const start = marker === null ? 0 : volumes.findIndex((v) => v.id === marker) + 1;
    const page = volumes.slice(start, start + Number(url.searchParams.get('limit')));
    return HttpResponse.json(
      url.searchParams.get('with_count') === 'true' ? { count: TOTAL, volumes: page } : { volumes: page },
    );
  }),
);

function deferred() {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

function unavailable() {
  return HttpResponse.json({ message: 'Temporary failure' }, { status: 503 });
}

/** The second page answers 503 `times` times, then recovers. */
function failSecondPage(times: number) {
  let failures = times;
  hold = async (url) => {
    if (url.searchParams.has('marker') && failures-- > 0) return unavailable();
  };
}

function renderMenu(
  view: Partial<VolumeView> = { state: 'available', sort: [{ key: 'name', direction: 'asc' }] },
  locale: Locale = 'en',
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
) {
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLocale={locale}>
        <ExportMenu view={{ ...DEFAULT_VIEW, ...view }} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

/** The live region is always there (so it is announced); wait for its text, not for it. */
async function expectStatus(text: string) {
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));
}

let downloads: ReturnType<typeof stubDownloads>;
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  downloads = stubDownloads();
  requests.length = 0;
  hold = null;
});
afterEach(() => {
  downloads.restore();
  server.resetHandlers();
});
afterAll(() => server.close());

describe('ExportMenu', () => {
  it('shows progress between pages, then saves a CSV of every matching volume', async () => {
    const page2 = deferred();
    hold = async (url) => {
      if (url.searchParams.has('marker')) await page2.promise;
    };
    const user = userEvent.setup();
    renderMenu();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const bar = await screen.findByRole('progressbar', { name: 'Exporting volumes' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '1000'));
    expect(bar).toHaveAttribute('aria-valuemax', '1234');
    expect(screen.getByText('1,000 of 1,234')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();

    page2.release();

    await expectStatus('Exported 1,234 volumes');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(downloads.links).toHaveLength(1);
    expect(downloads.links[0]?.download).toMatch(/^scp-volumes-\d{8}-\d{6}\.csv$/);
    const rows = parseCsv(await (downloads.blobs[0] as Blob).text());
    expect(rows).toHaveLength(TOTAL + 1);
    expect(rows[1]?.[1]).toBe('운영 데이터');

    expect(requests.map((url) => Object.fromEntries(url.searchParams))).toEqual([
      { with_count: 'true', limit: '1000', sort: 'name:asc', state: 'available', region: 'kr-west1' },
      {
        with_count: 'false',
        limit: '1000',
        marker: 'vol-00999',
        sort: 'name:asc',
        state: 'available',
        region: 'kr-west1',
      },
    ]);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveFocus();
  });

  it('pairs devices with servers in the CSV, naming the servers whose names the app already has', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(serverQueries.detail('srv-known').queryKey, { id: 'srv-known', name: 'web-01' });
    const user = userEvent.setup();
    renderMenu({}, 'en', client);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    await expectStatus('Exported 1,234 volumes');
    const rows = parseCsv(await (downloads.blobs[0] as Blob).text());
    const column = rows[0]?.indexOf('attachments') ?? -1;
    expect(rows[2]?.[column]).toBe('/dev/vdb@srv-known (web-01); /dev/vdc@srv-unknown');
    expect(requests.every((url) => url.pathname.endsWith('/volumes'))).toBe(true);
  });

  it('saves JSON with the filters and every item as received', async () => {
    const user = userEvent.setup();
    renderMenu({ state: 'available' });

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));

    await expectStatus('Exported 1,234 volumes');
    expect(downloads.links[0]?.download).toMatch(/\.json$/);
    const file = JSON.parse(await (downloads.blobs[0] as Blob).text());
    expect(file).toMatchObject({ filters: { state: 'available' }, count: TOTAL });
    expect(file.volumes).toEqual(volumes);
  });

  it('cancels: aborts the request in flight and saves nothing', async () => {
    const aborted = deferred();
    hold = async (url, signal) => {
      if (!url.searchParams.has('marker')) return;
      signal.addEventListener('abort', () => aborted.release());
      await new Promise(() => {});
    };
    const user = userEvent.setup();
    renderMenu();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1000'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await aborted.promise;
    await expectStatus('Export cancelled');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(downloads.links).toHaveLength(0);
    expect(downloads.blobs).toHaveLength(0);
  });

  it('shows an API error mid-way with its status, code and request id, saves nothing, and retries', async () => {
    let failures = 3;
    hold = async (url) => {
      if (url.searchParams.has('marker') && failures-- > 0) {
        return HttpResponse.json(
          {
            errors: [
              {
                code: 'ContactAdminForAssistance',
                title: 'ContactAdminForAssistance',
                detail: 'Temporary failure in the volume service.',
                status: 503,
                request_id: 'req-export-1',
              },
            ],
          },
          { status: 503 },
        );
      }
    };
    const user = userEvent.setup();
    renderMenu();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Export failed. Nothing was downloaded.');
    expect(alert).toHaveTextContent('Temporary failure in the volume service.');
    expect(alert).toHaveTextContent('Status503');
    expect(alert).toHaveTextContent('CodeContactAdminForAssistance');
    expect(alert).toHaveTextContent('Request IDreq-export-1');
    expect(downloads.links).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    await expectStatus('Exported 1,234 volumes');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(downloads.links).toHaveLength(1);
    expect(requests.filter((url) => !url.searchParams.has('marker'))).toHaveLength(1);
  });

  it('retries a failed page like the table does and finishes without the user', async () => {
    failSecondPage(2);
    const user = userEvent.setup();
    renderMenu();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    await expectStatus('Exported 1,234 volumes');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(downloads.links).toHaveLength(1);
    expect(requests.map((url) => url.searchParams.get('marker'))).toEqual([
      null,
      'vol-00999',
      'vol-00999',
      'vol-00999',
    ]);
  });

  it('does not retry a 4xx answer', async () => {
    hold = async (url) => {
      if (url.searchParams.has('marker'))
        return HttpResponse.json({ message: 'Bad marker' }, { status: 400 });
    };
    const user = userEvent.setup();
    renderMenu();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Export failed');
    expect(requests).toHaveLength(2);
  });

  it('keeps its progress after a final failure, and Retry resumes from the page that failed', async () => {
    failSecondPage(3);
    const user = userEvent.setup();
    renderMenu();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Received 1,000 of 1,234. Retry continues from there.');
    expect(requests).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Retry' }));

    await expectStatus('Exported 1,234 volumes');
    expect(requests.map((url) => url.searchParams.get('marker'))).toEqual([
      null,
      'vol-00999',
      'vol-00999',
      'vol-00999',
      'vol-00999',
    ]);
    const rows = parseCsv(await (downloads.blobs[0] as Blob).text());
    expect(rows).toHaveLength(TOTAL + 1);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(TOTAL);
  });

  it('starts again from the first page when the export is started anew', async () => {
    failSecondPage(3);
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByRole('alert');

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));

    await expectStatus('Exported 1,234 volumes');
    expect(requests.filter((url) => !url.searchParams.has('marker'))).toHaveLength(2);
  });

  it('shows a dropped connection as an error and saves nothing', async () => {
    hold = async (url) => {
      if (url.searchParams.has('marker')) return HttpResponse.error();
    };
    const user = userEvent.setup();
    renderMenu();

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Export failed');
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveFocus();
    expect(downloads.blobs).toHaveLength(0);
  });

  it('speaks Korean', async () => {
    const user = userEvent.setup();
    renderMenu({}, 'ko');

    await user.click(screen.getByRole('button', { name: 'CSV로 내보내기' }));

    await expectStatus('볼륨 1,234개를 내보냈습니다');
  });

  it('with the inventory’s filters, exports the inventory’s search page by page, not a live read', async () => {
    const asOf = '2026-02-11T05:02:00Z';
    const searches: URLSearchParams[] = [];
    const rows = Array.from({ length: 1500 }, (_, index) => {
      const id = `inv-${String(index).padStart(4, '0')}`;
      return {
        id,
        region: 'kr-west1',
        name: `enc-${index}`,
        state: 'available',
        size_gb: 10,
        volume_type: 'SSD',
        encrypted: true,
        multiattach: false,
        bootable: false,
        attached: false,
        servers: [],
        created_at: null,
        unattached_since: asOf,
        unattached_since_exact: true,
        idle_days: 3,
        snapshot_count: 0,
        snapshot_gb: 0,
        volume: {
          ...makeVolume({ id, name: `enc-${index}`, state: 'available', size: 10 }),
          encrypted: true,
        },
      };
    });
    server.use(
      http.get(`${INVENTORY}/status`, () => HttpResponse.json(inventoryOn(asOf))),
      http.get(`${INVENTORY}/search`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        searches.push(params);
        const offset = Number(params.get('offset') ?? 0);
        const limit = Number(params.get('limit'));
        return HttpResponse.json(
          searchBody(asOf, {
            total: rows.length,
            offset,
            limit,
            volumes: rows.slice(offset, offset + limit),
          }),
        );
      }),
    );
    const user = userEvent.setup();
    renderMenu({ encrypted: true });
    const button = screen.getByRole('button', { name: 'Export CSV' });
    await waitFor(() => expect(button).toHaveAttribute('title', 'Figures from the inventory.'));
    await user.click(button);
    await expectStatus('Exported 1,500 volumes');
    expect(
      searches.map((params) => [params.get('encrypted'), params.get('limit'), params.get('offset')]),
    ).toEqual([
      ['true', '1000', '0'],
      ['true', '1000', '1000'],
    ]);
    expect(requests).toHaveLength(0);
    const csv = parseCsv(await (downloads.blobs[0] as Blob).text());
    expect(csv).toHaveLength(1501);
    expect(csv[1]).toEqual(expect.arrayContaining(['inv-0000', 'enc-0']));
  });
});
