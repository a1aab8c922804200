import type { ReactNode } from 'react';
import { focusRing } from '../../components/button-classes.ts';
import { useChangesMessages } from '../../i18n/changes-messages.ts';
import type { ChangeJson } from '../../scp/inventory-schema.ts';
import { DateTime } from '../volumes/drawer/date-time.tsx';
import { ChangeKindTag, isErrorChange, useChangeText } from './change-text.tsx';

const CELL = 'px-3 py-2 align-top';
const HEAD = 'px-3 py-2 text-left text-xs font-semibold text-zinc-600 dark:text-zinc-300';

/**
 * The changes, newest first: when, which volume (a button that opens its drawer), what changed
 * and where. A change newer than the browser's last visit says "New"; an error stands out.
 */
export function ChangesList({ children }: { children: ReactNode }) {
  const t = useChangesMessages();
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t.caption}</caption>
      <thead className="border-b border-zinc-200 dark:border-zinc-800">
        <tr>
          <th scope="col" className={HEAD}>
            {t.columns.at}
          </th>
          <th scope="col" className={HEAD}>
            {t.columns.volume}
          </th>
          <th scope="col" className={HEAD}>
            {t.columns.change}
          </th>
          <th scope="col" className={`${HEAD} max-sm:hidden`}>
            {t.columns.region}
          </th>
        </tr>
      </thead>
      {children}
    </table>
  );
}

/** One page of changes: a <tbody> of the table. */
export function ChangeRows({
  changes,
  lastSeen,
  onOpen,
}: {
  changes: readonly ChangeJson[];
  /** The newest change id shown before this visit; null on the first visit. */
  lastSeen: number | null;
  onOpen: (change: ChangeJson) => void;
}) {
  const t = useChangesMessages();
  const describe = useChangeText();
  return (
    <tbody>
      {changes.map((change) => {
        const isNew = lastSeen !== null && change.id > lastSeen;
        const error = isErrorChange(change);
        const name = change.volume_name || change.volume_id;
        return (
          <tr
            key={change.id}
            data-change-id={change.id}
            data-new={isNew || undefined}
            className={`border-b border-zinc-100 dark:border-zinc-800/70 ${
              error ? 'bg-red-50 dark:bg-red-500/10' : ''
            }`}
          >
            <td className={`${CELL} whitespace-nowrap`}>
              <DateTime iso={change.at} />
              {isNew && (
                <span className="ml-2 rounded bg-blue-600 px-1.5 py-0.5 text-[11px] font-semibold text-white">
                  {t.newTag}
                </span>
              )}
            </td>
            <td className={CELL}>
              <button
                type="button"
                data-volume-id={change.volume_id}
                aria-label={t.openVolume(name)}
                onClick={() => onOpen(change)}
                className={`rounded-sm text-left break-all font-medium text-blue-700 underline-offset-2 hover:underline dark:text-blue-400 ${focusRing}`}
              >
                {name}
              </button>
            </td>
            <td className={CELL}>
              <span className="flex flex-wrap items-center gap-2">
                <ChangeKindTag change={change} />
                <span className={error ? 'font-medium text-red-800 dark:text-red-200' : ''}>
                  {describe(change)}
                </span>
              </span>
            </td>
            <td className={`${CELL} whitespace-nowrap text-zinc-600 max-sm:hidden dark:text-zinc-400`}>
              {change.region}
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}
