import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';

/**
 * A chip's count, or what stands in for it: '…' read as "counting" while it loads, '—' read
 * as "count unavailable" when its request failed (the chips offer Retry), never a bare '…'
 * that lasts forever.
 */
export function ChipCount({
  count,
  failed,
  className,
}: {
  count: number | null | undefined;
  failed: boolean;
  className: string;
}) {
  const { fmt } = useI18n();
  const t = usePageChromeMessages().filters;
  if (typeof count === 'number')
    return <span className={`tabular-nums ${className}`}>{fmt.number(count)}</span>;
  const [mark, words] = failed ? ['—', t.countFailed] : ['…', t.countLoading];
  return (
    <span className={className} title={words}>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-only">{words}</span>
    </span>
  );
}
