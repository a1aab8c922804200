import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { VolumesPage } from '../../features/volumes/page/volumes-page.tsx';
import type { Locale } from '../../i18n/locale.ts';
import type { Volume } from '../../scp/volume-schema.ts';
import { serveVolumes } from './fake-api.ts';
import { renderWithProviders, type RenderOptions } from './render.tsx';

/** The page's landmarks by their accessible names, in each language the tests show it in. */
const NAMES: Record<Locale, { table: string; pagination: string }> = {
  en: { table: 'Volumes', pagination: 'Pagination' },
  ko: { table: '볼륨', pagination: '페이지 탐색' },
};

/** The whole page as a user arriving by `url` sees it. */
export function openPage(url = '/', options: RenderOptions = {}) {
  window.history.replaceState(null, '', url);
  return renderWithProviders(<VolumesPage />, options);
}

/** The page's table, its rows and its pagination, by their names in `locale`. */
export function pageParts(locale: Locale = 'en') {
  const table = () => screen.getByRole('table', { name: NAMES[locale].table });
  return {
    table,
    /**
     * The toolbar and pagination are a lazily loaded chunk, requested once the first rows show:
     * wait for them like a user would. By label, not role: a role query walks the whole table
     * on every retry, which on a busy machine outlasts the wait.
     */
    chrome: () => screen.findByLabelText(NAMES[locale].pagination, { selector: 'nav' }),
    /** The volume rows (not the header, not a skeleton). */
    bodyRows: () =>
      within(table())
        .getAllByRole('row')
        .filter((row) => row.hasAttribute('data-row-id')),
  };
}

/**
 * The two kinds of nothing to show, in the page's words: an account without volumes, then (with
 * `volumes`) a name that matches none of them. The page is left open on the no-match view.
 */
export async function expectEmptyThenNoMatch(
  volumes: Volume[],
  words: { empty: string; noMatch: string },
  options: RenderOptions = {},
) {
  serveVolumes([]);
  const first = openPage('/', options);
  expect(await screen.findByText(words.empty)).toBeInTheDocument();
  first.unmount();

  serveVolumes(volumes);
  openPage('/?name=nothing-like-this', options);
  expect(await screen.findByText(words.noMatch)).toBeInTheDocument();
}

/** The table's own request for page 1, not a state chip's `limit=1` count or a prefetch. */
export function isFirstPage(query: URLSearchParams): boolean {
  return query.get('limit') !== '1' && Number(query.get('offset') ?? 0) === 0;
}
