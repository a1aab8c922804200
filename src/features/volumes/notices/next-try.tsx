import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useErrorPanelMessages } from '../../../i18n/error-panel-messages.ts';
import type { ApiError } from '../../../lib/api-error.ts';

/**
 * The time, once a second. Not lib/use-now.ts: shared by this chunk and the page chrome's, the
 * bundler split it into a chunk of its own, which the first bundle then had to name (+26 B).
 */
function useSecond(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * When auto-refresh tries the failed list again: its back-off (freshness/refresh-interval.ts)
 * counted down, so a failing page says what it is doing instead of looking given up. The
 * countdown is for the eye; screen readers get the time once, not a tick a second.
 */
export function NextTry({ error }: { error: ApiError }) {
  const { fmt } = useI18n();
  const t = useErrorPanelMessages();
  const now = useSecond();
  // The page's error is its query's own (endpoint functions throw ApiError, and normaliseError
  // hands one back as it is). The wait is what the page's observer of that query asks
  // TanStack Query for, so this can never say one thing while the timer does another.
  const query = useQueryClient()
    .getQueryCache()
    .getAll()
    .find((candidate) => candidate.state.error === error);
  const option = query?.observers[0]?.options.refetchInterval;
  if (!query || option === undefined) return null;
  const wait = typeof option === 'function' ? option(query) : option;
  if (!wait) return <p>{t.autoRefreshOff}</p>;
  const due = query.state.errorUpdatedAt + wait;
  const seconds = Math.ceil((due - now) / 1000);
  return (
    <p>
      <span aria-hidden="true">{seconds > 0 ? t.nextTryIn(t.duration(seconds)) : t.tryingAgain}</span>
      <span className="sr-only">{t.nextTryAt(fmt.absolute(new Date(due).toISOString()))}</span>
    </p>
  );
}
