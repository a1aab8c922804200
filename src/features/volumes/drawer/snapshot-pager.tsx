import { toolbarButton } from '../../../components/button-classes.ts';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';

/** Newer / older: the page of snapshots shown, and the way to the next. */
export function SnapshotPager({
  from,
  to,
  total,
  onPrevious,
  onNext,
}: {
  from: number;
  to: number;
  total: number;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
}) {
  const t = useDrawerMessages().snapshots;
  return (
    <nav aria-label={t.pagerLabel} className="mt-2 flex items-center justify-end gap-2">
      <p aria-live="polite" className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
        {t.range(from, to, total)}
      </p>
      <button
        type="button"
        onClick={onPrevious ?? undefined}
        disabled={!onPrevious}
        className={toolbarButton}
      >
        {t.previous}
      </button>
      <button type="button" onClick={onNext ?? undefined} disabled={!onNext} className={toolbarButton}>
        {t.next}
      </button>
    </nav>
  );
}
