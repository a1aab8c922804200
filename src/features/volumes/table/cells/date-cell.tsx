import { useI18n } from '../../../../i18n/i18n-context.ts';
import { useStoredValue } from '../../../../lib/stored-value.ts';
import { absoluteTimesStore } from '../absolute-times.ts';

/**
 * Relative time, with the absolute time and zone on hover and on keyboard focus (a title
 * alone is mouse-only), or the other way round when absolute times are chosen. The
 * accessible name carries both.
 */
export function DateCell({ iso }: { iso: string | null | undefined }) {
  const { m, fmt } = useI18n();
  const absoluteFirst = useStoredValue(absoluteTimesStore);
  if (!iso) return <span className="text-zinc-400">{m.common.none}</span>;
  const [shown, other] = absoluteFirst
    ? [fmt.absolute(iso), fmt.relative(iso)]
    : [fmt.relative(iso), fmt.absolute(iso)];
  return (
    <time
      dateTime={iso}
      tabIndex={0}
      aria-label={`${shown} (${other})`}
      className="group relative whitespace-nowrap rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-500"
    >
      {shown}
      <span
        aria-hidden="true"
        className="pointer-events-none absolute top-full left-0 z-30 mt-1 hidden rounded-md bg-zinc-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow-lg group-hover:block group-focus-visible:block dark:bg-zinc-100 dark:text-zinc-900"
      >
        {other}
      </span>
    </time>
  );
}
