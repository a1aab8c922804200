import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { useNow } from '../../../lib/use-now.ts';

/** "Updated 12s ago", ticking on its own so the table does not re-render every second. */
export function UpdatedAgo({ updatedAt }: { updatedAt: number }) {
  const { fmt } = useI18n();
  const chrome = usePageChromeMessages();
  const now = useNow();
  if (updatedAt === 0) return null;
  return (
    <span
      className="text-xs whitespace-nowrap text-zinc-500 tabular-nums dark:text-zinc-400"
      title={fmt.absolute(new Date(updatedAt).toISOString())}
    >
      {chrome.freshness.updated(fmt.elapsed(now - updatedAt))}
    </span>
  );
}
