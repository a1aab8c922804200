import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { API, server, serveVolumes } from '../test/browser/fake-api.ts';
import { loadPageChunks } from '../test/browser/lazy-chunks.ts';
import { makeVolumes } from '../test/browser/volume-fixtures.ts';
import { LOCALE_STORAGE_KEY } from '../i18n/locale.ts';
import { App } from './app.tsx';

const volumes = makeVolumes(45, (index) => ({
  name: `vol-${String(index).padStart(2, '0')}`,
  state: index % 2 === 0 ? 'available' : 'in-use',
  size: (index + 1) * 1000,
}));

const HANGUL = /[\u3131-\uD79D]/;

function browserLanguages(languages: string[]) {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
}

function serveStatus() {
  server.use(
    http.get(`${API.replace(/\/v1$/, '')}/status`, () =>
      HttpResponse.json({
        mode: 'simulator',
        endpointHost: 'simulator',
        region: null,
        env: null,
        apiVersion: 'virtualserver 1.5',
      }),
    ),
  );
}

/** A gateway 401 worded in the language the request asked for, like SCP and the simulator. */
function rejectSignatures() {
  server.use(
    http.get(`${API}/volumes`, ({ request }) => {
      const korean = request.headers.get('Accept-Language') === 'ko-KR';
      return HttpResponse.json(
        {
          status: 'UNAUTHORIZED',
          name: 'Request was rejected by gateway',
          message: korean
            ? 'HmacValidFail: 등록되지 않은 액세스 키입니다'
            : 'HmacValidFail: unknown access key',
        },
        { status: 401 },
      );
    }),
  );
}

const languageSwitch = () => screen.findByRole('group', { name: /^(Language|언어)$/ });
/** The page text a reader sees, minus the switch, which names each language in its own. */
const pageText = () =>
  [...document.body.querySelectorAll('header, main')]
    .map((element) => element.textContent)
    .join(' ')
    .replace('한국어', '');

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'bypass' });
  // Header controls (the language switch) load after the first rows, like the page chrome.
  await Promise.all([loadPageChunks(), import('./header-controls.tsx')]);
});
beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  document.title = 'SCP Volumes';
  serveStatus();
});
afterEach(() => {
  vi.restoreAllMocks();
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

describe('App language', () => {
  it("starts in the browser's language: Korean page, <html lang> and title", async () => {
    browserLanguages(['ko-KR', 'ko', 'en-US']);
    serveVolumes(volumes);
    render(<App />);
    await screen.findByText('vol-00');
    expect(document.documentElement.lang).toBe('ko-KR');
    expect(document.title).toBe('SCP 볼륨');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('SCP 볼륨');
    expect(screen.getByRole('columnheader', { name: '크기' })).toBeInTheDocument();
    expect(within(await languageSwitch()).getByRole('button', { name: '한국어' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('starts in English for a browser in another language', async () => {
    browserLanguages(['fr-FR', 'de']);
    serveVolumes(volumes);
    render(<App />);
    await screen.findByText('vol-00');
    expect(document.documentElement.lang).toBe('en-US');
    expect(document.title).toBe('SCP Volumes');
    expect(screen.getByRole('columnheader', { name: 'Size' })).toBeInTheDocument();
  });

  it('switches every string, number and date without a reload, and keeps the choice after one', async () => {
    browserLanguages(['ko-KR']);
    serveVolumes(volumes);
    const first = render(<App />);
    await screen.findByText('vol-00');
    const table = screen.getByRole('table', { name: '볼륨' });
    await screen.findByText('45개 중 1–20');
    expect(screen.getAllByText('사용 가능').length).toBeGreaterThan(0);

    await userEvent.click(within(await languageSwitch()).getByRole('button', { name: 'English' }));

    await screen.findByText('1–20 of 45');
    // The same table element: the page was re-rendered in place, not reloaded or remounted.
    expect(screen.getByRole('table', { name: 'Volumes' })).toBe(table);
    expect(document.documentElement.lang).toBe('en-US');
    expect(document.title).toBe('SCP Volumes');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('columnheader', { name: 'Created' })).toBeInTheDocument();
    expect(screen.getAllByText('Available').length).toBeGreaterThan(0);
    expect(screen.getByText('10,000 GB')).toBeInTheDocument();
    expect(within(table).getAllByRole('time')[0]).toHaveAccessibleName(/Feb 11, 2026.*UTC/);
    await waitFor(() => expect(pageText()).not.toMatch(HANGUL));

    first.unmount();
    render(<App />);
    await screen.findByText('vol-00');
    expect(screen.getByRole('columnheader', { name: 'Size' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en-US');
  });

  it('asks a failed request again in the new language, so SCP explains itself in it', async () => {
    browserLanguages(['en-US']);
    rejectSignatures();
    render(<App />);
    // The plain panel stands in until the full one (with the 401 help) has loaded.
    await screen.findByText(/rejected the request signature/);
    expect(screen.getByRole('alert')).toHaveTextContent('HmacValidFail: unknown access key');

    await userEvent.click(within(await languageSwitch()).getByRole('button', { name: '한국어' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('HmacValidFail: 등록되지 않은 액세스 키입니다'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Samsung Cloud Platform이 요청 서명을 거부했습니다');
    expect(screen.getByRole('alert')).not.toHaveTextContent('unknown access key');
  });
});
