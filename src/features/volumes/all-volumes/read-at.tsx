import { useI18n } from '../../../i18n/i18n-context.ts';
import { useFullReadMessages } from '../../../i18n/full-read-messages.ts';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import { useNow } from '../../../lib/use-now.ts';

/**
 * "Read 3m ago" and Read again: a full read is cached for minutes (all-volumes-query.ts),
 * so its figures say how old they are and can be read afresh on demand.
 */
export function ReadAt({ readAt, onReadAgain }: { readAt: number; onReadAgain: () => void }) {
  const { fmt } = useI18n();
  const t = useFullReadMessages();
  const now = useNow();
  return (
    <span className="inline-flex items-center gap-2">
      <span className="whitespace-nowrap tabular-nums" title={fmt.absolute(new Date(readAt).toISOString())}>
        {t.readAgo(fmt.elapsed(now - readAt))}
      </span>
      <button type="button" onClick={onReadAgain} className={`${toolbarButtonSegment} rounded-md`}>
        {t.readAgain}
      </button>
    </span>
  );
}
