import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { ApiError } from '../../../lib/api-error.ts';
import { textButton } from '../../../components/button-classes.ts';
import { ErrorDetails } from './error-details.tsx';

/** ShowVolume failed and there is nothing to show instead. */
export function DrawerError({
  error,
  retrying,
  onRetry,
}: {
  error: ApiError;
  retrying: boolean;
  onRetry: () => void;
}) {
  const { m } = useI18n();
  const drawer = useDrawerMessages();
  return (
    <div
      role="alert"
      className="m-5 space-y-3 rounded-md bg-red-50 p-4 ring-1 ring-red-600/20 ring-inset dark:bg-red-500/10 dark:ring-red-400/30"
    >
      <h3 className="font-semibold text-red-800 dark:text-red-200">{drawer.error.title}</h3>
      <ErrorDetails error={error} />
      <button
        type="button"
        onClick={onRetry}
        disabled={retrying}
        className={`${textButton} bg-red-700 text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-600 dark:hover:bg-red-500`}
      >
        {retrying ? m.common.loading : m.common.retry}
      </button>
    </div>
  );
}
