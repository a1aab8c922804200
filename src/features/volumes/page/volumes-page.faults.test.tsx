import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { shouldRetry } from '../../../lib/retry-policy.ts';
import { API, failVolumes, requests, server, serveVolumes } from '../../../test/browser/fake-api.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { makeVolume, makeVolumes } from '../../../test/browser/volume-fixtures.ts';
import { isFirstPage, openPage as open, pageParts } from '../../../test/browser/volumes-page-kit.tsx';

const volumes = makeVolumes(45, (index) => ({
  name: `vol-${String(index).padStart(2, '0')}`,
  size: (index + 1) * 10,
}));

servePageTests();

/** The page with the app's retry policy, without the back-off wait. */
const openWithRetries = (url = '/') => open(url, { queries: { retry: shouldRetry, retryDelay: 0 } });

/** Answers ListVolumes with `respond`, counting the table's page-1 requests. */
function answerWith(respond: (query: URLSearchParams) => Response | Promise<Response>) {
  const calls = { count: 0 };
  server.use(
    http.get(`${API}/volumes`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      if (isFirstPage(query)) calls.count += 1;
      return respond(query);
    }),
  );
  return calls;
}

/** The full error panel (a lazy chunk; its plain stand-in has no heading, so no name). */
const errorPanel = () => screen.findByRole('alert', { name: 'Could not load volumes' });
const { table, chrome, bodyRows } = pageParts();
const invalidRows = () =>
  within(table())
    .getAllByRole('row')
    .filter((row) => row.getAttribute('data-invalid') === 'true');

describe('VolumesPage under faults', () => {
  it('shows a clear error, not a crash, when a 200 JSON answer is not valid JSON', async () => {
    const calls = answerWith(
      () =>
        new HttpResponse('{"count": 3, "volumes": [{"id": "a", ', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    openWithRetries();
    const alert = await errorPanel();
    expect(alert).toHaveTextContent('Could not load volumes');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    // Told it is an unreadable answer, not left with a bare parser message.
    await waitFor(() =>
      expect(alert).toHaveTextContent('The API answered with data this dashboard cannot read.'),
    );
    expect(alert).not.toHaveTextContent('{"count"');
    // An unreadable answer will not read better on a second try: asked once, not three times.
    expect(calls.count).toBe(1);
    // The page is still standing: table headers and no rows.
    expect(table()).toBeInTheDocument();
    expect(screen.queryAllByRole('row').filter((row) => row.hasAttribute('data-row-id'))).toHaveLength(0);
  });

  it('shows an HTML 502 page as its title and status, without the markup', async () => {
    answerWith(
      () =>
        new HttpResponse(
          '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
          { status: 502, headers: { 'content-type': 'text/html' } },
        ),
    );
    open();
    const alert = await errorPanel();
    await waitFor(() => expect(alert).toHaveTextContent('502 Bad Gateway'));
    expect(alert).toHaveTextContent(/Status\s*502/);
    expect(alert.textContent).not.toMatch(/<\/?(html|title|body|center|h1)/i);
    expect(alert).not.toHaveTextContent('nginx');
  });

  it('shows the valid volumes and flags the one the schema rejects instead of blanking the table', async () => {
    const good = [makeVolume({ name: 'good-a' }), makeVolume({ name: 'good-b' })];
    const bad = { ...makeVolume({ name: 'bad-size' }), size: 'big' };
    const { id: _dropped, ...noId } = makeVolume({ name: 'bad-no-id' });
    answerWith(() => HttpResponse.json({ count: 4, volumes: [good[0], bad, noId, good[1]] }));
    open();
    expect(await screen.findByText('good-a')).toBeInTheDocument();
    expect(screen.getByText('good-b')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(2);

    // The flags are a lazy chunk (rare rows stay out of the first bundle).
    await waitFor(() => expect(invalidRows()).toHaveLength(2));
    const flagged = invalidRows();
    expect(flagged).toHaveLength(2);
    const withId = flagged.find((row) => row.textContent?.includes(bad.id))!;
    expect(withId).toHaveTextContent('This volume could not be read');
    expect(withId).toHaveTextContent(/size:/);
    const withoutId = flagged.find((row) => row !== withId)!;
    expect(withoutId).toHaveTextContent('No id');
    expect(withoutId).toHaveTextContent(/id:/);

    // Not an error for the whole list.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-busy', 'false');
  });

  it('rides out a burst of 500s with the retry policy and shows the data', async () => {
    let failures = 2;
    const calls = answerWith((query) => {
      if (isFirstPage(query) && failures > 0) {
        failures -= 1;
        return HttpResponse.json({ message: 'boom' }, { status: 500 });
      }
      return HttpResponse.json({ count: 1, volumes: [volumes[0]] });
    });
    openWithRetries();
    expect(await screen.findByText('vol-00')).toBeInTheDocument();
    expect(calls.count).toBe(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the last good rows, marked stale, with status, code and request id while 500s persist; Retry recovers', async () => {
    serveVolumes(volumes);
    openWithRetries();
    await screen.findByText('vol-00');
    await chrome();

    const calls = answerWith(() =>
      HttpResponse.json(
        {
          errors: [
            {
              code: 'InternalServerError',
              title: 'Internal Server Error',
              detail: 'Volume service is unavailable',
              request_id: 'req-500-burst',
            },
          ],
        },
        { status: 500 },
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    const alert = await errorPanel();
    // One try plus two retries, then the panel.
    expect(calls.count).toBe(3);
    await waitFor(() => expect(alert).toHaveTextContent('Volume service is unavailable'));
    expect(alert).toHaveTextContent(/Status\s*500/);
    expect(alert).toHaveTextContent('InternalServerError');
    expect(alert).toHaveTextContent('req-500-burst');
    expect(alert).toHaveTextContent('Showing the last data loaded');
    expect(bodyRows()).toHaveLength(20);
    expect(screen.getByText('vol-00')).toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-busy', 'true');
    expect(table().querySelector('tbody')).toHaveClass('opacity-55');

    serveVolumes(volumes);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(table()).toHaveAttribute('aria-busy', 'false');
    expect(table().querySelector('tbody')).not.toHaveClass('opacity-55');
    expect(bodyRows()).toHaveLength(20);
  });

  it('keeps the previous page visible and dimmed while a slow next page loads, then shows it', async () => {
    // Page 2 (also the background prefetch of it) answers only once released.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    serveVolumes(volumes);
    server.use(
      http.get(`${API}/volumes`, async ({ request }) => {
        const query = new URL(request.url).searchParams;
        const offset = Number(query.get('offset') ?? 0);
        if (offset === 0 || query.get('limit') === '1') return undefined; // fall through
        await gate;
        await delay(50);
        return HttpResponse.json({ count: volumes.length, volumes: volumes.slice(offset, offset + 20) });
      }),
    );
    open();
    await screen.findByText('vol-00');
    const pagination = await chrome();
    await userEvent.click(within(pagination).getByRole('button', { name: /next/i }));
    expect(window.location.search).toBe('?page=2');

    await waitFor(() => expect(table()).toHaveAttribute('aria-busy', 'true'));
    expect(table().querySelector('tbody')).toHaveClass('opacity-55');
    expect(screen.getByText('vol-00')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(20);
    expect(screen.queryByText('vol-20')).not.toBeInTheDocument();

    release();
    expect(await screen.findByText('vol-20')).toBeInTheDocument();
    expect(screen.queryByText('vol-00')).not.toBeInTheDocument();
    expect(table()).toHaveAttribute('aria-busy', 'false');
    expect(table().querySelector('tbody')).not.toHaveClass('opacity-55');
  });

  it('keeps the filters, sort and page in the URL and the controls after an error', async () => {
    const url = '?page=2&state=available&sort=size:desc';
    failVolumes(503, { message: 'Service Unavailable' });
    open(`/${url}`);
    const alert = await errorPanel();
    await waitFor(() => expect(alert).toHaveTextContent('Service Unavailable'));
    await chrome();
    const search = new URLSearchParams(window.location.search);
    expect(search.get('page')).toBe('2');
    expect(search.get('state')).toBe('available');
    expect(search.get('sort')).toBe('size:desc');
    expect(screen.getByLabelText('State')).toHaveValue('available');

    serveVolumes(volumes);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('vol-24')).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('state')).toBe('available');
    const page2 = requests.filter((query) => query.get('offset') === '20');
    expect(page2.length).toBeGreaterThan(0);
    for (const query of page2) {
      expect(query.get('state')).toBe('available');
      expect(query.get('sort')).toBe('size:desc');
    }
  });
});
