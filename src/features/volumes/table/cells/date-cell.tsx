import { useI18n } from '../../../../i18n/i18n-context.ts';
import { useStoredValue } from '../../../../lib/stored-value.ts';
import { absoluteTimesStore } from '../absolute-times.ts';

/**
 * Relative time, with the absolute time and zone on hover, or the other way round when
 * absolute times are chosen. The accessible name carries both, read with the focused row; the
 * cell is no Tab stop of its own (two a row made ~85 stops to reach the pagination), and the
 * drawer shows the absolute times.
 */
export function DateCell({ iso }: { iso: string | null | undefined }) {
  const { m, fmt } = useI18n();
  const absoluteFirst = useStoredValue(absoluteTimesStore);
  if (!iso) return <span className="text-zinc-400">{m.common.none}</span>;
  const [shown, other] = absoluteFirst
    ? [fmt.absolute(iso), fmt.relative(iso)]
    : [fmt.relative(iso), fmt.absolute(iso)];
  return (
    <time dateTime={iso} aria-label={`${shown} (${other})`} className="group relative whitespace-nowrap">
      {shown}
      <span
        aria-hidden="true"
        className="pointer-events-none absolute top-full left-0 z-30 mt-1 hidden rounded-md bg-zinc-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow-lg group-hover:block dark:bg-zinc-100 dark:text-zinc-900"
      >
        {other}
      </span>
    </time>
  );
}
