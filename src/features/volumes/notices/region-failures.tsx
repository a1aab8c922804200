import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import type { RegionFailure } from '../../../scp/region-failure.ts';
import { Button } from '../../../components/button.tsx';

/**
 * A list of several regions where some did not answer: the rows on screen are the other
 * regions', and this says which are missing and why (status, SCP's message, request id for
 * support). Retry is the table's refresh, which asks every region again.
 */
export function RegionFailures({
  failures,
  onRetry,
}: {
  failures: readonly RegionFailure[] | undefined;
  onRetry: () => void;
}) {
  const chrome = usePageChromeMessages();
  if (!failures || failures.length === 0) return null;
  return (
    <div
      role="alert"
      className="flex items-start justify-between gap-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-[13px] text-amber-950 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-amber-100"
    >
      <div>
        <p>{chrome.notice.regionsFailed(failures.map((failure) => failure.region).join(', '))}</p>
        <ul className="mt-1 list-disc pl-5 text-xs">
          {failures.map((failure) => (
            <li key={failure.region}>
              {chrome.notice.regionFailure(failure.region, failure.status, failure.code, failure.message)}
              {failure.requestId && (
                <code className="ml-1 font-mono text-[11px] opacity-80">{failure.requestId}</code>
              )}
            </li>
          ))}
        </ul>
      </div>
      <Button variant="warning" onClick={onRetry}>
        {chrome.notice.retryRegions}
      </Button>
    </div>
  );
}
