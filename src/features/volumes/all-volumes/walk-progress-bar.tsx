import { useFullReadMessages } from '../../../i18n/full-read-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { FullReadMessages } from '../../../i18n/en/full-read.ts';
import type { Formatters } from '../../../lib/format.ts';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import type { ReadProgress } from './read-account.ts';

/**
 * A full read's progress between pages, with Cancel: the export's, the Capacity panel's and the
 * contains search's (volumes, then server names). Without a count from the API the bar is
 * indeterminate (no aria-valuenow) rather than pretending to know the end.
 */
export function WalkProgressBar({
  progress,
  onCancel,
  label,
  focusCancel = true,
}: {
  progress: ReadProgress;
  onCancel: () => void;
  /** What is being read. */
  label: string;
  /** Move focus to Cancel, as when it replaces the button that started the read. */
  focusCancel?: boolean;
}) {
  const { fmt } = useI18n();
  const t = useFullReadMessages();
  const { loaded } = progress;
  const max = progressMax(progress);
  const text = progressText(t, fmt, progress);
  const percent = max === null || max === 0 ? null : Math.round((loaded / max) * 100);

  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max ?? undefined}
        aria-valuenow={max === null ? undefined : loaded}
        aria-valuetext={text}
        className="h-1.5 w-32 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <div
          className={`h-full rounded-full bg-blue-600 transition-[width] dark:bg-blue-400 ${
            percent === null ? 'w-1/3 animate-pulse' : ''
          }`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <span className="text-xs whitespace-nowrap text-zinc-600 tabular-nums dark:text-zinc-400">
        <span className="sr-only">{label}: </span>
        {text}
      </span>
      {/* Focus moves here when the export buttons give way to the bar. */}
      <button
        type="button"
        autoFocus={focusCancel}
        onClick={onCancel}
        className={`${toolbarButtonSegment} rounded-md`}
      >
        {t.cancel}
      </button>
    </div>
  );
}

/** The count is taken on the first page; volumes created meanwhile can push past it. */
function progressMax({ loaded, total }: ReadProgress): number | null {
  return total === null ? null : Math.max(total, loaded);
}

/** "1,000 of 1,234", or "1,000 so far" without a count. */
export function progressText(t: FullReadMessages, fmt: Formatters, progress: ReadProgress): string {
  const max = progressMax(progress);
  const loaded = fmt.number(progress.loaded);
  return max === null ? t.progressNoTotal(loaded) : t.progress(loaded, fmt.number(max));
}
