import { focusRing } from '../components/button-classes.ts';
import { Icon } from '../components/icon.tsx';
import { CHANGES_VIEW, isChangesPage, PAGE_PARAM } from '../features/changes/page-param.ts';
import { usePageNavMessages } from '../i18n/page-nav-messages.ts';
import { navigateSearch, useLocationSearch } from '../lib/location-store.ts';

const LINK = `inline-flex items-center rounded-md px-1.5 py-1 text-sm whitespace-nowrap ${focusRing}`;
// Narrow screens (360 px up) show only the other page's link, as an icon: the header has no
// room for more. Its name is its aria-label at every width, and its title on hover.
const CURRENT = 'font-medium text-zinc-900 bg-zinc-100 max-sm:hidden dark:bg-zinc-800 dark:text-zinc-100';
const OTHER = 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100';

/**
 * Volumes and Changes, as real links (open in a new tab, copy the address) that navigate in
 * place on a plain click. Each page starts from its defaults.
 */
export function PageNav() {
  const t = usePageNavMessages();
  const current = isChangesPage(useLocationSearch()) ? 'changes' : 'volumes';
  const pages = [
    // A stack of disks; a clock.
    { page: 'volumes', search: '', label: t.volumes, icon: 'M3 4.5h10M3 8h10M3 11.5h10' },
    {
      page: 'changes',
      search: `?${PAGE_PARAM}=${CHANGES_VIEW}`,
      label: t.changes,
      icon: 'M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM8 5v3l2 1.5',
    },
  ] as const;
  return (
    <nav aria-label={t.label} className="flex items-center gap-1">
      {pages.map(({ page, search, label, icon }) => (
        <a
          key={page}
          href={search || window.location.pathname}
          aria-current={current === page ? 'page' : undefined}
          aria-label={label}
          title={label}
          className={`${LINK} ${current === page ? CURRENT : OTHER}`}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
              return;
            event.preventDefault();
            navigateSearch(search);
          }}
        >
          <Icon className="size-4 sm:hidden">
            <path d={icon} />
          </Icon>
          <span className="max-sm:hidden">{label}</span>
        </a>
      ))}
    </nav>
  );
}
