import { toolbarButton } from '../../../components/button-classes.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { useInventoryRun } from './use-inventory-run.ts';

/**
 * "Refresh now": asks the server for a run; disabled while one runs, its progress (regions done)
 * and then its end said in a live region.
 */
export function RefreshNow() {
  const { m, fmt } = useI18n();
  const t = useInventoryMessages();
  const run = useInventoryRun();
  const total = run.status?.regions.length ?? 0;
  const done = run.current?.regions.length ?? 0;
  let said: string | null = null;
  if (run.backfilling) said = t.backfilling;
  else if (run.running) said = t.running(done, Math.max(total, done));
  else if (run.startError) {
    const error = run.startError;
    said =
      error.code === 'RunInProgress'
        ? t.inProgress
        : error.code === 'TooManyRuns' && error.retryAfterMs !== null
          ? t.tooMany(fmt.number(Math.ceil(error.retryAfterMs / 1000)))
          : t.startFailed(errorMessage(m, error));
  } else if (run.ended) {
    const failed = run.ended.regions
      .filter((region) => region.outcome === 'failed')
      .map((region) => region.region);
    said =
      run.ended.status === 'complete'
        ? t.runDone
        : run.ended.status === 'partial'
          ? t.runPartial(failed.join(', '))
          : run.ended.status === 'interrupted'
            ? t.runInterrupted
            : t.runFailed(run.ended.error ?? failed.join(', '));
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={toolbarButton}
        title={t.refreshNowHint}
        disabled={run.running || run.starting || run.status === undefined}
        onClick={run.start}
      >
        {t.refreshNow}
      </button>
      <span role="status" className="tabular-nums">
        {said}
      </span>
    </span>
  );
}
