import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';

/**
 * A chip's count, or what stands in for it: '…' read as "counting" while it loads, '—' read
 * as "count unavailable" when its request failed (the chips offer Retry), never a bare '…'
 * that lasts forever. A count some region did not answer for carries a mark, read as
 * "partial: kr-east1 did not answer", like the table's partial list.
 */
export function ChipCount({
  count,
  failed,
  partial,
  className,
}: {
  count: number | null | undefined;
  failed: boolean;
  /** The regions the count leaves out, or ''. */
  partial: string;
  className: string;
}) {
  const { fmt } = useI18n();
  const t = usePageChromeMessages().filters;
  if (typeof count === 'number') {
    return (
      <span className={`tabular-nums ${className}`} title={partial ? t.countPartial(partial) : undefined}>
        {fmt.number(count)}
        {partial && (
          <>
            <span aria-hidden="true">*</span>
            <span className="sr-only">, {t.countPartial(partial)}</span>
          </>
        )}
      </span>
    );
  }
  const [mark, words] = failed ? ['—', t.countFailed] : ['…', t.countLoading];
  return (
    <span className={className} title={words}>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">{words}</span>
    </span>
  );
}
