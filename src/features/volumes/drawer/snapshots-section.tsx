import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import { snapshotQueries } from '../api/snapshot-queries.ts';
import { ErrorDetails } from './error-details.tsx';
import { Section } from './section.tsx';
import { SnapshotTable } from './snapshot-table.tsx';
import { SnapshotPager } from './snapshot-pager.tsx';

/** Rows per page: a volume with a daily schedule has weeks of snapshots. */
export const SNAPSHOT_PAGE_SIZE = 10;

const ERROR_BOX =
  'space-y-2 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:ring-amber-400/30';
const ERROR_BUTTON =
  'rounded-md px-2 py-1 text-sm font-medium text-amber-900 ring-1 ring-amber-600/40 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-amber-200 dark:hover:bg-amber-500/20';

/**
 * The volume's snapshots (ListSnapshots with its volume_id, in its region): how many and how
 * many GB in all, then each one newest first, ten to a page. Remounted per volume (its key),
 * so paging starts over with each.
 */
export function SnapshotsSection({ volumeId, region }: { volumeId: string; region: string | undefined }) {
  const drawer = useDrawerMessages();
  const t = drawer.snapshots;
  const { m, fmt } = useI18n();
  const query = useQuery(snapshotQueries.ofVolume(volumeId, region));
  const [page, setPage] = useState(0);
  const snapshots = query.data?.snapshots;
  const total = snapshots?.reduce((sum, snapshot) => sum + snapshot.size, 0) ?? 0;
  const pages = Math.max(1, Math.ceil((snapshots?.length ?? 0) / SNAPSHOT_PAGE_SIZE));
  const shown = Math.min(page, pages - 1);
  const from = shown * SNAPSHOT_PAGE_SIZE;

  return (
    <Section
      title={drawer.sections.snapshots}
      action={
        snapshots && snapshots.length > 0 ? (
          <p className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400" data-testid="snapshot-summary">
            {t.summary(t.count(snapshots.length, fmt.number(snapshots.length)), fmt.gigabytes(total))}
          </p>
        ) : null
      }
    >
      {query.isPending ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          {t.loading}
        </p>
      ) : query.isError ? (
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
      ) : snapshots === undefined || snapshots.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">{t.empty}</p>
      ) : (
        <>
          <SnapshotTable
            snapshots={snapshots.slice(from, from + SNAPSHOT_PAGE_SIZE)}
            caption={t.caption(
              from + 1,
              Math.min(from + SNAPSHOT_PAGE_SIZE, snapshots.length),
              snapshots.length,
            )}
          />
          {pages > 1 && (
            <SnapshotPager
              from={from + 1}
              to={Math.min(from + SNAPSHOT_PAGE_SIZE, snapshots.length)}
              total={snapshots.length}
              onPrevious={shown > 0 ? () => setPage(shown - 1) : null}
              onNext={shown < pages - 1 ? () => setPage(shown + 1) : null}
            />
          )}
          {query.data.count !== null && query.data.count !== snapshots.length && (
            <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
              {t.countDiffers(query.data.count)}
            </p>
          )}
        </>
      )}
    </Section>
  );
}
