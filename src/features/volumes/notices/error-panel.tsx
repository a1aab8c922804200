import { lazy, Suspense } from 'react';
import { CopyButton } from '../../../components/copy-button.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { ApiError } from '../../../lib/api-error.ts';
import { useErrorPanelMessages } from '../../../i18n/error-panel-messages.ts';
import { explainError } from './explain-error.ts';
import { Button } from '../../../components/button.tsx';
import { NextTry } from './next-try.tsx';

// Only a 401 needs it, and a 401 means the server is up to serve the chunk.
const UnauthorizedHelp = lazy(() =>
  import('./unauthorized-help.tsx').then((module) => ({ default: module.UnauthorizedHelp })),
);

/**
 * What went wrong, in SCP's words and ours: status, code, message, and the request id to
 * quote to support, with Retry. The table below keeps the last good rows, marked stale.
 */
export function ErrorPanel({
  error,
  stale,
  onRetry,
}: {
  error: ApiError;
  stale: boolean;
  onRetry: () => void;
}) {
  const { m } = useI18n();
  const t = useErrorPanelMessages();
  const explanation = explainError(error);
  return (
    <section
      role="alert"
      aria-labelledby="volumes-error-title"
      className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-[13px] text-red-950 dark:border-red-900/60 dark:bg-red-950/30 dark:text-red-100"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1.5">
          <h2 id="volumes-error-title" className="font-semibold">
            {m.volumes.errors.title}
          </h2>
          <p className="break-words">{errorMessage(m, error)}</p>
          <ErrorFacts
            error={error}
            labels={t}
            className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-red-900/80 dark:text-red-200/80"
          />
          {explanation === 'unauthorized' ? (
            <Suspense fallback={null}>
              <UnauthorizedHelp />
            </Suspense>
          ) : (
            explanation && <p className="text-red-900/90 dark:text-red-100/90">{t[explanation]}</p>
          )}
          {stale && <p className="text-xs italic">{t.stale}</p>}
          <NextTry error={error} />
        </div>
        <Button variant="danger" onClick={onRetry}>
          {m.common.retry}
        </Button>
      </div>
    </section>
  );
}

/**
 * A failure's facts on one wrapping line: HTTP status, SCP's code and the request id to quote
 * to support (with a copy button); nothing when there are none (a network error has none).
 * The export's error shows them too and loads this chunk for them, not a chunk of their own.
 */
export function ErrorFacts({
  error,
  labels,
  className,
  termClassName,
}: {
  error: ApiError;
  labels: { status: string; code: string; requestId: string };
  /** The list's spacing and tone, from the panel it sits in. */
  className: string;
  termClassName?: string;
}) {
  const facts: [string, string][] = [];
  if (error.status !== null) facts.push([labels.status, String(error.status)]);
  if (error.code) facts.push([labels.code, error.code]);
  if (facts.length === 0 && !error.requestId) return null;
  return (
    <dl className={className}>
      {facts.map(([term, value]) => (
        <div key={term} className="flex items-center gap-1">
          <dt className={termClassName}>{term}</dt>
          <dd className="font-mono font-medium">{value}</dd>
        </div>
      ))}
      {error.requestId && (
        <div className="flex items-center gap-1">
          <dt className={termClassName}>{labels.requestId}</dt>
          <dd className="inline-flex items-center gap-1 font-mono">
            {error.requestId}
            <CopyButton value={error.requestId} label={labels.requestId} />
          </dd>
        </div>
      )}
    </dl>
  );
}
