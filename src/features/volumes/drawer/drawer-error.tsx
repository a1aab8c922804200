import type { UseQueryResult } from '@tanstack/react-query';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { textButton } from '../../../components/button-classes.ts';
import { ErrorDetails } from './error-details.tsx';
import { failedRegion } from './failed-region.ts';

const LOOKS = {
  /** Nothing to show instead: the failure is the drawer's content, under its own heading. */
  failed: {
    box: 'm-5 space-y-3 rounded-md bg-red-50 p-4 ring-1 ring-red-600/20 ring-inset dark:bg-red-500/10 dark:ring-red-400/30',
    title: 'font-semibold text-red-800 dark:text-red-200',
    button: `${textButton} bg-red-700 text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-600 dark:hover:bg-red-500`,
  },
  /** Above the list's row, still worth showing: a notice that it may be stale, and why. */
  stale: {
    box: 'mx-5 mt-4 space-y-2 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:ring-amber-400/30',
    title: 'font-medium text-amber-900 dark:text-amber-200',
    button:
      'rounded-md px-2 py-1 text-sm font-medium text-amber-900 ring-1 ring-amber-600/40 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-amber-200 dark:hover:bg-amber-500/20',
  },
};

/**
 * ShowVolume failed: why, in the table's terms, from which region (the one the proxy names,
 * else the volume's own), and Retry (the same query).
 */
export function DrawerError({
  query,
  region,
  stale = false,
}: {
  query: UseQueryResult<Volume>;
  region?: string | undefined;
  stale?: boolean;
}) {
  const { m } = useI18n();
  const drawer = useDrawerMessages();
  const t = drawer.error;
  const error = normaliseError(query.error);
  const where = failedRegion(error) ?? region;
  const look = stale ? LOOKS.stale : LOOKS.failed;
  const Title = stale ? 'p' : 'h3';
  let title = stale ? t.refreshFailed : t.title;
  if (where) title = stale ? t.refreshFailedIn(where) : t.titleIn(where);
  return (
    <div role="alert" className={look.box}>
      <Title className={look.title}>{title}</Title>
      <ErrorDetails error={error} />
      <button
        type="button"
        onClick={() => void query.refetch()}
        disabled={query.isFetching}
        className={look.button}
      >
        {query.isFetching ? m.common.loading : m.common.retry}
      </button>
    </div>
  );
}
