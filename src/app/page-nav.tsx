import { focusRing } from '../components/button-classes.ts';
import { CHANGES_VIEW, isChangesPage, PAGE_PARAM } from '../features/changes/page-param.ts';
import { usePageNavMessages } from '../i18n/page-nav-messages.ts';
import { navigateSearch, useLocationSearch } from '../lib/location-store.ts';

const LINK = `rounded-md px-2 py-1 text-sm whitespace-nowrap ${focusRing}`;
const CURRENT = 'font-medium text-zinc-900 bg-zinc-100 dark:bg-zinc-800 dark:text-zinc-100';
const OTHER = 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100';

/**
 * Volumes and Changes, as real links (open in a new tab, copy the address) that navigate in
 * place on a plain click. Each page starts from its defaults.
 */
export function PageNav() {
  const t = usePageNavMessages();
  const current = isChangesPage(useLocationSearch()) ? 'changes' : 'volumes';
  const pages = [
    { page: 'volumes', search: '', label: t.volumes },
    { page: 'changes', search: `?${PAGE_PARAM}=${CHANGES_VIEW}`, label: t.changes },
  ] as const;
  return (
    <nav aria-label={t.label} className="flex items-center gap-1">
      {pages.map(({ page, search, label }) => (
        <a
          key={page}
          href={search || window.location.pathname}
          aria-current={current === page ? 'page' : undefined}
          className={`${LINK} ${current === page ? CURRENT : OTHER}`}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
              return;
            event.preventDefault();
            navigateSearch(search);
          }}
        >
          {label}
        </a>
      ))}
    </nav>
  );
}
