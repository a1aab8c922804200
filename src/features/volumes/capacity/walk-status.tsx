import { WalkProgressBar } from '../all-volumes/walk-progress-bar.tsx';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import type { WalkProgress } from '../all-volumes/walk-volumes.ts';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';

/** Progress with Cancel while the walk runs; after a cancel or a failure, a way to read again. */
export function WalkStatus({
  progress,
  cancelled,
  error,
  onCancel,
  onRetry,
}: {
  progress: WalkProgress | null;
  cancelled: boolean;
  error: Error | null;
  onCancel: () => void;
  onRetry: () => void;
}) {
  const t = useCapacityMessages();
  if (progress) {
    return <WalkProgressBar progress={progress} label={t.reading} focusCancel={false} onCancel={onCancel} />;
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
