import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { parseApiDate } from '../../../lib/format.ts';
import { NotSet } from './not-set.tsx';

/**
 * A relative time ("3 days ago") that reveals the absolute one with its time zone: the native
 * title on hover, and a tooltip on keyboard focus (a title never shows for focus). With
 * `showAbsolute` the absolute time is also printed below, for tables where both matter.
 */
export function DateTime({
  iso,
  showAbsolute = false,
}: {
  iso: string | null | undefined;
  showAbsolute?: boolean;
}) {
  const { fmt } = useI18n();
  const tooltipId = useId();
  if (!iso) return <NotSet />;
  const time = parseApiDate(iso);
  if (Number.isNaN(time)) return <span>{iso}</span>;
  const absolute = fmt.absolute(iso);
  return (
    <span className="group relative inline-flex flex-col">
      <time
        dateTime={new Date(time).toISOString()}
        title={absolute}
        tabIndex={0}
        aria-describedby={showAbsolute ? undefined : tooltipId}
        className="w-fit rounded-sm underline decoration-zinc-400 decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-500"
      >
        {fmt.relative(iso)}
      </time>
      {showAbsolute ? (
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{absolute}</span>
      ) : (
        <span
          id={tooltipId}
          role="tooltip"
          className="pointer-events-none invisible absolute top-full left-0 z-10 mt-1 rounded bg-zinc-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow group-focus-within:visible dark:bg-zinc-100 dark:text-zinc-900"
        >
          {absolute}
        </span>
      )}
    </span>
  );
}
