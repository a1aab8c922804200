import { StateBadge } from '../../../components/state-badge.tsx';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { Snapshot } from '../../../scp/snapshot-schema.ts';
import { DateTime } from './date-time.tsx';
import { CELL, DrawerTable } from './drawer-table.tsx';
import { IdValue } from './id-value.tsx';
import { snapshotStatusLabel, snapshotTone } from './snapshot-status.ts';

/** One page of snapshots: name, size, status, age (the absolute time on hover or focus), id. */
export function SnapshotTable({ snapshots, caption }: { snapshots: readonly Snapshot[]; caption: string }) {
  const drawer = useDrawerMessages();
  const t = drawer.snapshots;
  const { fmt } = useI18n();
  return (
    <DrawerTable caption={caption} headers={[t.name, t.size, t.status, t.created, t.id]}>
      {snapshots.map((snapshot) => {
        const status = snapshot.status ?? '';
        return (
          <tr key={snapshot.id} data-snapshot-id={snapshot.id}>
            <td className={`${CELL} break-words`}>
              {snapshot.name?.trim() || (
                <span className="text-zinc-500 italic dark:text-zinc-400">{t.unnamed}</span>
              )}
            </td>
            <td className={`${CELL} whitespace-nowrap tabular-nums`}>{fmt.gigabytes(snapshot.size)}</td>
            <td className={CELL}>
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
            <td className={CELL}>
              <DateTime iso={snapshot.created_at} />
            </td>
            <td className={CELL}>
              <IdValue value={snapshot.id} copyLabel={drawer.copyLabels.snapshotId} short />
            </td>
          </tr>
        );
      })}
    </DrawerTable>
  );
}
