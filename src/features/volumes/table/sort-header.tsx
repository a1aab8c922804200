import type { Header } from '@tanstack/react-table';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { DEFAULT_SORT } from '../../../scp/sort-terms.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { columnLabel } from './column-specs.ts';
import type { VolumeTableFeatures } from './table-features.ts';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
/** The API's own order when none is chosen (newest first): its column shows it. */
const DEFAULT = DEFAULT_SORT[0];

/**
 * A column header. Sortable columns get a button whose accessible name is the column name
 * (the priority digit is decorative); the direction is announced through aria-sort.
 * With no sort chosen, the default order's column (Created) shows it as its direction. That
 * column toggles between the default and the other direction only: a third "none" state would
 * look exactly like the default.
 */
export function SortHeader({
  header,
  sortCount,
}: {
  header: Header<VolumeTableFeatures, Volume, unknown>;
  sortCount: number;
}) {
  const { m } = useI18n();
  const { column } = header;
  const label = columnLabel(m.volumes.table.columns, column.id);
  const meta = column.columnDef.meta;
  const chosen = column.getIsSorted();
  const isDefault = sortCount === 0 && column.id === DEFAULT?.key;
  const sorted = isDefault ? (DEFAULT?.direction ?? false) : chosen;
  const toggle = column.getToggleSortingHandler();
  const sticky = column.id === 'name';
  const base = `sticky top-0 border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-left text-xs font-medium whitespace-nowrap text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400 ${sticky ? 'left-0 z-30' : 'z-20'} ${meta?.align === 'end' ? 'text-right' : ''}`;

  if (!column.getCanSort()) {
    return (
      <th scope="col" className={base}>
        {label}
      </th>
    );
  }

  return (
    <th scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className={base}>
      <button
        type="button"
        onClick={(event) => {
          if (column.id !== DEFAULT?.key || event.shiftKey || sortCount > 1) return toggle?.(event);
          // Default column: its other direction, or back to the default (the URL without a sort).
          if (chosen === 'asc') column.clearSorting();
          else column.toggleSorting(false, false);
        }}
        title={isDefault ? m.volumes.table.defaultOrder : m.volumes.table.sortHint}
        className={`-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-zinc-200/70 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-blue-500 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 ${sorted ? 'text-zinc-900 dark:text-zinc-100' : ''} ${meta?.align === 'end' ? 'flex-row-reverse' : ''}`}
      >
        {label}
        <SortIcon direction={sorted} />
        {sorted && sortCount > 1 && (
          <span aria-hidden="true" className="text-[10px] text-blue-600 tabular-nums dark:text-blue-400">
            {column.getSortIndex() + 1}
          </span>
        )}
      </button>
    </th>
  );
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3" fill="currentColor">
      <path d="M6 2 9 5.5H3z" className={direction === 'asc' ? '' : 'opacity-30'} />
      <path d="M6 10 3 6.5h6z" className={direction === 'desc' ? '' : 'opacity-30'} />
    </svg>
  );
}
