import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useLocalSearchMessages } from '../../../i18n/local-search-messages.ts';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { allVolumesQuery, walkHash } from '../all-volumes/all-volumes-query.ts';
import { useWalkProgress } from '../all-volumes/use-walk-progress.ts';
import { WalkProgressBar } from '../all-volumes/walk-progress-bar.tsx';

/**
 * Says that the table shows a local search and over how many volumes, so nobody mistakes it
 * for the API's answer; while the walk runs, its progress, with Cancel (back to exact search).
 */
export function LocalSearchStatus({
  filters,
  scanned,
  matches,
  onStop,
}: {
  filters: ListVolumesParams;
  /** Volumes looked through, once the search has answered. */
  scanned: number | undefined;
  matches: number | null | undefined;
  /** Cancel: the walk stops and the name goes back to the API's exact match. */
  onStop: () => void;
}) {
  const queryClient = useQueryClient();
  const t = useLocalSearchMessages();
  const { fmt } = useI18n();
  const progress = useWalkProgress(walkHash(filters));
  const cancel = () => {
    void queryClient.cancelQueries({ queryKey: allVolumesQuery(filters).queryKey });
    onStop();
  };
  return (
    <div className="flex min-h-7 shrink-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300">
      <p role="status" title={t.scopeHint}>
        {scanned === undefined ? t.reading : t.scope(fmt.number(scanned), fmt.number(matches ?? 0))}
      </p>
      {progress && (
        <WalkProgressBar progress={progress} label={t.reading} focusCancel={false} onCancel={cancel} />
      )}
    </div>
  );
}
