import { errorMessage } from '../../../i18n/error-message.ts';
import { useExportMessages } from '../../../i18n/export-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { ApiError } from '../../../lib/api-error.ts';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import { ErrorFacts } from '../notices/error-panel.tsx';
import { useFullReadMessages } from '../../../i18n/full-read-messages.ts';
import { progressText } from '../all-volumes/walk-progress-bar.tsx';
import type { ReadProgress } from '../all-volumes/read-account.ts';

/** What failed, in SCP's words, with the request id to quote to support. */
export function ExportError({
  error,
  progress,
  onRetry,
  onDismiss,
}: {
  error: ApiError;
  /** What arrived before the failure; Retry asks only for the rest. */
  progress: ReadProgress;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const { m, fmt } = useI18n();
  const t = useExportMessages();
  const read = useFullReadMessages();
  return (
    <div
      role="alert"
      className="flex max-w-xl flex-col gap-1 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-xs text-red-800 shadow-lg dark:border-red-900 dark:bg-red-950 dark:text-red-200"
    >
      <p className="font-semibold">{t.failed}</p>
      <p className="break-words">{errorMessage(m, error)}</p>
      {progress.loaded > 0 && <p>{t.resumeFrom(progressText(read, fmt, progress))}</p>}
      <ErrorFacts
        error={error}
        labels={t}
        className="flex flex-wrap gap-x-3 gap-y-0.5"
        termClassName="text-red-700/80 dark:text-red-300/80"
      />
      <div className="mt-1 flex gap-2">
        <button type="button" autoFocus onClick={onRetry} className={`${toolbarButtonSegment} rounded-md`}>
          {t.retry}
        </button>
        <button type="button" onClick={onDismiss} className={`${toolbarButtonSegment} rounded-md`}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}
