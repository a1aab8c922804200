import { lazy, type ComponentProps } from 'react';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { ErrorPanel as FullPanel } from './error-panel.tsx';

type Props = ComponentProps<typeof FullPanel>;

export const loadErrorPanel = () => import('./error-panel.tsx');

/**
 * The full error panel is its own chunk (fetched on idle after the first page, see
 * use-idle-prefetch.ts). If it cannot be fetched, most likely because the server is down,
 * which is itself the error being reported, this plain version stands in.
 */
export const ErrorPanel = lazy(() =>
  loadErrorPanel().then(
    (module) => ({ default: module.ErrorPanel }),
    () => ({ default: PlainErrorPanel }),
  ),
);

export function PlainErrorPanel({ error, onRetry }: Props) {
  const { m } = useI18n();
  return (
    <div
      role="alert"
      className="flex items-center justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-[13px] text-red-950 dark:border-red-900/60 dark:bg-red-950/30 dark:text-red-100"
    >
      <p>
        {m.volumes.errors.title}: {errorMessage(m, error)}
        {error.status !== null && ` (${error.status})`}
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="h-7 shrink-0 rounded-md bg-red-600 px-3 text-xs font-medium text-white"
      >
        {m.common.retry}
      </button>
    </div>
  );
}
