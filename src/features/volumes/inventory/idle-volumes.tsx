import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { parseApiDate } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import type { InventoryStatus, InventorySummary } from '../../../scp/inventory-schema.ts';
import { SummaryTable } from '../capacity/summary-table.tsx';
import { serialiseView } from '../url-state/serialise-view.ts';
import { withFilters } from '../url-state/view-updates.ts';
import type { VolumeView } from '../url-state/volume-view.ts';

const DAY_MS = 86_400_000;
const LINK =
  'rounded-sm font-medium text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-blue-400';

/**
 * Volumes attached to no server for at least 7 / 30 / 90 days, count and GB each (within the
 * table's filters), each a link to the table filtered to them: a URL, so it opens in a new tab
 * or is shared as well as clicked.
 */
export function IdleVolumes({
  idle,
  view,
  status,
  onShowIdle,
}: {
  idle: InventorySummary['idle'];
  view: VolumeView;
  status: InventoryStatus;
  onShowIdle: (days: number) => void;
}) {
  const { fmt } = useI18n();
  const t = useInventoryMessages().idle;
  const now = useNow();
  const start = status.history.start;
  const kept = start === null ? 0 : (now - parseApiDate(start)) / DAY_MS;
  const short = idle.some((row) => row.days > kept);
  return (
    <div className="flex max-w-xl flex-col gap-1">
      <SummaryTable
        caption={t.heading}
        columns={[
          { label: t.period, align: 'left' },
          { label: t.count, align: 'right' },
          { label: t.size, align: 'right' },
          { label: t.list, align: 'right' },
        ]}
      >
        {idle.map((row) => (
          <tr key={row.days}>
            <th scope="row" className="py-0.5 text-left font-medium">
              {t.days(fmt.number(row.days))}
            </th>
            <td className="px-2 text-right">{fmt.number(row.count)}</td>
            <td className="px-2 text-right">{fmt.gigabytes(row.size_gb)}</td>
            <td className="text-right">
              <a
                href={`?${serialiseView(withFilters(view, { idleDays: row.days }))}`}
                aria-label={t.listLabel(fmt.number(row.days))}
                className={LINK}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onShowIdle(row.days);
                }}
              >
                {t.list}
              </a>
            </td>
          </tr>
        ))}
      </SummaryTable>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {t.hint}
        {short && ` ${t.atLeast}`}
      </p>
    </div>
  );
}
