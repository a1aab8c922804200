import { useFullReadMessages } from '../../../i18n/full-read-messages.ts';
import { WalkProgressBar } from '../all-volumes/walk-progress-bar.tsx';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import type { ReadProgress } from '../all-volumes/read-account.ts';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';

/** Progress with Cancel while the read runs; after a cancel or a failure, a way to read again. */
export function WalkStatus({
  progress,
  names,
  cancelled,
  error,
  onCancel,
  onRetry,
}: {
  progress: ReadProgress | null;
  /** The progress is the server names' (a contains search's second phase). */
  names: boolean;
  cancelled: boolean;
  error: Error | null;
  onCancel: () => void;
  onRetry: () => void;
}) {
  const t = useCapacityMessages();
  const read = useFullReadMessages();
  if (progress) {
    return (
      <WalkProgressBar
        progress={progress}
        label={names ? read.readingNames : t.reading}
        focusCancel={false}
        onCancel={onCancel}
      />
    );
  }
  if (!cancelled && !error) return null;
  return (
    <p role="status" className="flex flex-wrap items-center gap-2 text-xs">
      <span className={error ? 'text-red-700 dark:text-red-300' : ''}>
        {error ? `${t.failed} ${error.message}` : t.cancelled}
      </span>
      <button type="button" onClick={onRetry} className={`${toolbarButtonSegment} rounded-md`}>
        {error ? t.retry : t.readAgain}
      </button>
    </p>
  );
}
