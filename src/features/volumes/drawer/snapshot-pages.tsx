import { useState } from 'react';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import type { VolumeSnapshots } from '../api/snapshot-queries.ts';
import { SnapshotPager } from './snapshot-pager.tsx';
import { SnapshotTable } from './snapshot-table.tsx';

/** Rows per page: a volume with a daily schedule has weeks of snapshots. */
export const SNAPSHOT_PAGE_SIZE = 10;

/** The snapshots, ten to a page, newest first; and a word if the API counts otherwise. */
export function SnapshotPages({ list }: { list: VolumeSnapshots }) {
  const t = useDrawerMessages().snapshots;
  const [page, setPage] = useState(0);
  const { snapshots, count } = list;
  const pages = Math.max(1, Math.ceil(snapshots.length / SNAPSHOT_PAGE_SIZE));
  // A refresh may leave fewer pages than the one shown: show the last.
  const shown = Math.min(page, pages - 1);
  const from = shown * SNAPSHOT_PAGE_SIZE;
  const to = Math.min(from + SNAPSHOT_PAGE_SIZE, snapshots.length);
  return (
    <>
      <SnapshotTable
        snapshots={snapshots.slice(from, to)}
        caption={t.caption(from + 1, to, snapshots.length)}
      />
      {pages > 1 && (
        <SnapshotPager
          from={from + 1}
          to={to}
          total={snapshots.length}
          onPrevious={shown > 0 ? () => setPage(shown - 1) : null}
          onNext={shown < pages - 1 ? () => setPage(shown + 1) : null}
        />
      )}
      {count !== null && count !== snapshots.length && (
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{t.countDiffers(count)}</p>
      )}
    </>
  );
}
