import { StateBadge } from '../../../components/state-badge.tsx';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { Snapshot } from '../../../scp/snapshot-schema.ts';
import { DateTime } from './date-time.tsx';
import { IdValue } from './id-value.tsx';
import { snapshotStatusLabel, snapshotTone } from './snapshot-status.ts';

const th = 'px-2 py-1.5 text-left text-xs font-medium text-zinc-500 dark:text-zinc-400';
const td = 'px-2 py-2 align-top';

/** One page of snapshots: name, size, status, age (the absolute time on hover or focus), id. */
export function SnapshotTable({ snapshots, caption }: { snapshots: readonly Snapshot[]; caption: string }) {
  const drawer = useDrawerMessages();
  const t = drawer.snapshots;
  const { fmt } = useI18n();
  return (
    <div className="-mx-2 overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            {[t.name, t.size, t.status, t.created, t.id].map((label) => (
              <th key={label} scope="col" className={th}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800/70">
          {snapshots.map((snapshot) => {
            const status = snapshot.status ?? '';
            return (
              <tr key={snapshot.id} data-snapshot-id={snapshot.id}>
                <td className={`${td} break-words`}>
                  {snapshot.name?.trim() || (
                    <span className="text-zinc-500 italic dark:text-zinc-400">{t.unnamed}</span>
                  )}
                </td>
                <td className={`${td} whitespace-nowrap tabular-nums`}>{fmt.gigabytes(snapshot.size)}</td>
                <td className={td}>
                  {status ? (
                    <StateBadge
                      state={status}
                      label={snapshotStatusLabel(t.statuses, status)}
                      tone={snapshotTone(status)}
                    />
                  ) : (
                    <span className="text-zinc-500 dark:text-zinc-400">{drawer.notSet}</span>
                  )}
                </td>
                <td className={td}>
                  <DateTime iso={snapshot.created_at} />
                </td>
                <td className={td}>
                  <IdValue value={snapshot.id} copyLabel={drawer.copyLabels.snapshotId} short />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
