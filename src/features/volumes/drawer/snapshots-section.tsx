import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import { snapshotQueries } from '../api/snapshot-queries.ts';
import { useRegionOf } from '../volume-types/use-volume-type.ts';
import { ErrorDetails } from './error-details.tsx';
import { Section } from './section.tsx';
import { SnapshotPages } from './snapshot-pages.tsx';

const ERROR_BOX =
  'space-y-2 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:ring-amber-400/30';
const ERROR_BUTTON =
  'rounded-md px-2 py-1 text-sm font-medium text-amber-900 ring-1 ring-amber-600/40 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-amber-200 dark:hover:bg-amber-500/20';
const QUIET = 'text-sm text-zinc-500 dark:text-zinc-400';

/**
 * The volume's snapshots (ListSnapshots with its volume_id, in its region): how many and how
 * many GB in all, then each one newest first, ten to a page. A row of a one-region list names
 * no region: with several configured the section waits for ShowVolume, which names it.
 * Remounted per volume (its key), so paging starts over with each.
 */
export function SnapshotsSection({ volumeId, region }: { volumeId: string; region: string | undefined }) {
  const drawer = useDrawerMessages();
  const t = drawer.snapshots;
  const { m, fmt } = useI18n();
  const where = useRegionOf(region);
  const query = useQuery({
    ...snapshotQueries.ofVolume(volumeId, where.region ?? ''),
    enabled: where.region !== undefined,
  });
  const snapshots = query.data?.snapshots;
  const total = snapshots?.reduce((sum, snapshot) => sum + snapshot.size, 0) ?? 0;

  let body: ReactNode;
  if (where.failed) {
    body = (
      <p role="alert" className={QUIET}>
        {t.failed}
      </p>
    );
  } else if (query.isError) {
    body = (
      <div role="alert" className={ERROR_BOX}>
        <p className="font-medium text-amber-900 dark:text-amber-200">{t.failed}</p>
        <ErrorDetails error={normaliseError(query.error)} />
        <button
          type="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
          className={ERROR_BUTTON}
        >
          {query.isFetching ? m.common.loading : t.retry}
        </button>
      </div>
    );
  } else if (!query.data) {
    body = (
      <p role="status" className={QUIET}>
        {t.loading}
      </p>
    );
  } else if (query.data.snapshots.length === 0) {
    body = <p className={QUIET}>{t.empty}</p>;
  } else {
    body = <SnapshotPages list={query.data} />;
  }

  return (
    <Section
      title={drawer.sections.snapshots}
      action={
        snapshots && snapshots.length > 0 ? (
          <p className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
            {t.summary(t.count(snapshots.length, fmt.number(snapshots.length)), fmt.gigabytes(total))}
          </p>
        ) : null
      }
    >
      {body}
    </Section>
  );
}
