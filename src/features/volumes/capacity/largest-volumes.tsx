import { StateBadge } from '../../../components/state-badge.tsx';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';
import { SummaryTable } from './summary-table.tsx';

/** The ten largest matching volumes; each opens in the drawer. */
export function LargestVolumes({ volumes, onOpen }: { volumes: Volume[]; onOpen: (id: string) => void }) {
  const { m, fmt } = useI18n();
  const t = useCapacityMessages();
  return (
    <SummaryTable
      caption={t.largest}
      columns={[
        { label: t.name, align: 'left' },
        { label: t.state, align: 'left' },
        { label: t.size, align: 'right' },
      ]}
    >
      {volumes.map((volume) => (
        <tr key={volume.id}>
          <td className="py-0.5 break-all">
            <button
              type="button"
              onClick={() => onOpen(volume.id)}
              className="text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-blue-400"
            >
              {/* An empty or blank name reads as none, as in the table's name cell. */}
              {volume.name?.trim() || volume.id}
            </button>
          </td>
          <td className="px-2">
            <StateBadge state={volume.state} label={stateLabel(m, volume.state)} />
          </td>
          <td className="text-right whitespace-nowrap">{fmt.gigabytes(volume.size)}</td>
        </tr>
      ))}
    </SummaryTable>
  );
}
