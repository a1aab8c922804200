import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';
import type { Group } from './summarise.ts';
import { SummaryTable } from './summary-table.tsx';

export interface BarRow extends Group {
  label: ReactNode;
}

/**
 * GB per group as a table whose size cells carry a bar: the numbers are the accessible
 * version of the chart and the bars only repeat them (aria-hidden). A bar is a styled span
 * sized in percent: no chart library, no SVG, and only classes the page already uses (see
 * README, dependency notes).
 */
export function BarTable({ caption, heading, rows }: { caption: string; heading: string; rows: BarRow[] }) {
  const { fmt } = useI18n();
  const t = useCapacityMessages();
  const max = Math.max(1, ...rows.map((row) => row.gigabytes));
  return (
    <SummaryTable
      caption={caption}
      columns={[
        { label: heading, align: 'left' },
        { label: t.count, align: 'right' },
        { label: t.size, align: 'right' },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.key ?? ''}>
          <th scope="row" className="py-0.5 text-left font-medium">
            {row.label}
          </th>
          <td className="px-2 text-right">{fmt.number(row.count)}</td>
          <td>
            <span className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="h-1.5 min-w-0 flex-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
              >
                <span
                  className="block h-full rounded-full bg-blue-600 dark:bg-blue-400"
                  style={{ width: `${(row.gigabytes / max) * 100}%` }}
                />
              </span>
              <span className="text-right whitespace-nowrap">{fmt.gigabytes(row.gigabytes)}</span>
            </span>
          </td>
        </tr>
      ))}
    </SummaryTable>
  );
}
