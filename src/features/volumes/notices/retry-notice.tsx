import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { ApiError } from '../../../lib/api-error.ts';
import { useNow } from '../../../lib/use-now.ts';

/**
 * While the list waits out SCP's Retry-After (429/503, see lib/retry-policy.ts), say so and
 * count down, so a pause reads as the dashboard being polite rather than stuck.
 */
export function RetryNotice({ reason }: { reason: unknown }) {
  if (!(reason instanceof ApiError) || reason.retryAfterMs === null) return null;
  return <Countdown error={reason} due={reason.at + reason.retryAfterMs} />;
}

function Countdown({ error, due }: { error: ApiError; due: number }) {
  const chrome = usePageChromeMessages();
  const seconds = Math.max(0, Math.ceil((due - useNow()) / 1000));
  return (
    <div
      role="status"
      className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-[13px] text-amber-950 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-amber-100"
    >
      {chrome.notice.retryAfter(error.status, seconds)}
    </div>
  );
}
