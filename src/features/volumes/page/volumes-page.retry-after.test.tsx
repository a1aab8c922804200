import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../i18n/locale.ts';
import { retryDelay, shouldRetry } from '../../../lib/retry-policy.ts';
import { API, server } from '../../../test/browser/fake-api.ts';
import { loadPageChunks } from '../../../test/browser/lazy-chunks.ts';
import { makeVolumes } from '../../../test/browser/volume-fixtures.ts';
import { isFirstPage, openPage } from '../../../test/browser/volumes-page-kit.tsx';

/**
 * SCP's rate limit, met by the page with the app's own retry policy (lib/retry-policy.ts):
 * it waits as long as Retry-After says, says so, then asks again — once, not in a burst.
 */
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'bypass' });
  await loadPageChunks();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The page with the app's own retry policy, back-off included. */
const open = (locale: Locale = 'en') =>
  openPage('/', { locale, queries: { retry: shouldRetry, retryDelay } });

/** The table's first request is answered `status` with Retry-After: 2; every other with volumes. */
function limitedOnce(status: 429 | 503) {
  const times: number[] = [];
  server.use(
    http.get(`${API}/volumes`, ({ request }) => {
      const first = isFirstPage(new URL(request.url).searchParams);
      if (first) times.push(Date.now());
      if (times.length === 1 && first) {
        return HttpResponse.json(
          { code: status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', message: 'slow down' },
          { status, headers: { 'Retry-After': '2' } },
        );
      }
      return HttpResponse.json({ count: 3, volumes: makeVolumes(3) });
    }),
  );
  return times;
}

describe('the volumes page and SCP’s Retry-After', () => {
  it.each([429, 503] as const)(
    'waits out a %i, says so, then asks once more and shows the rows',
    async (status) => {
      const times = limitedOnce(status);
      open();
      expect(
        // It counts down from 2 s; a loaded machine may render it a second in.
        await screen.findByText(
          new RegExp(`^SCP asked us to slow down \\(${status}\\): trying again in [12] s\\.$`),
        ),
      ).toBeInTheDocument();
      await waitFor(
        () =>
          expect(screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-id'))).toHaveLength(3),
        // Generous: a loaded 2-core machine renders jsdom slowly; the wait itself is checked below.
        { timeout: 15_000 },
      );
      expect(times).toHaveLength(2);
      // Not before SCP said: the second request came two seconds or more after the first.
      expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1950);
      expect(screen.queryByText(/SCP asked us to slow down/)).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('says it in Korean too', async () => {
    limitedOnce(429);
    open('ko');
    expect(
      await screen.findByText(/^SCP가 요청을 줄여 달라고 했습니다 \(429\): [12]초 후 다시 시도합니다\.$/),
    ).toBeInTheDocument();
  });

  it('does not sit out a wait longer than a minute: the error shows, with its Retry button', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/volumes`, ({ request }) => {
        if (isFirstPage(new URL(request.url).searchParams)) calls += 1;
        return HttpResponse.json({ message: 'quota' }, { status: 429, headers: { 'Retry-After': '3600' } });
      }),
    );
    open();
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(calls).toBe(1);
  });
});
