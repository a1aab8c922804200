import { PAGINATION_ID, focusSkipTarget } from '../features/volumes/keyboard/skip-targets.ts';
import { TABLE_ID } from '../features/volumes/table/volumes-table.tsx';
import { useI18n } from '../i18n/i18n-context.ts';

const linkClass =
  'sr-only rounded bg-blue-600 px-2 py-1 text-xs text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

/** The first Tab stops of the page, shown only when focused: past the header and toolbar. */
export function SkipLinks() {
  const { m } = useI18n();
  const links = [
    [TABLE_ID, m.app.skipToTable],
    [PAGINATION_ID, m.app.skipToPagination],
  ] as const;
  return links.map(([id, label]) => (
    <a
      key={id}
      href={`#${id}`}
      className={linkClass}
      onClick={(event) => {
        if (focusSkipTarget(id)) event.preventDefault();
      }}
    >
      {label}
    </a>
  ));
}
