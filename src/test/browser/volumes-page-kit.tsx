import { screen, within } from '@testing-library/react';
import { VolumesPage } from '../../features/volumes/page/volumes-page.tsx';
import type { Locale } from '../../i18n/locale.ts';
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

/** The table's own request for page 1, not a state chip's `limit=1` count or a prefetch. */
export function isFirstPage(query: URLSearchParams): boolean {
  return query.get('limit') !== '1' && Number(query.get('offset') ?? 0) === 0;
}
