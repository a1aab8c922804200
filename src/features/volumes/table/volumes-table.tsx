import { lazy, Suspense, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { InvalidVolume } from '../../../scp/volume-schema.ts';
import { SkeletonRows } from './skeleton-rows.tsx';
import { SortHeader } from './sort-header.tsx';
import { PlainRows, VIRTUAL_THRESHOLD } from './plain-rows.tsx';
import { VirtualRows } from './virtual-rows.tsx';
import type { VolumesTableInstance } from './use-volumes-table.ts';

export const TABLE_ID = 'volumes-table';

// A row the schema rejected is rare: its flag loads when one comes, not with the first table.
const InvalidRow = lazy(() => import('./invalid-row.tsx').then((module) => ({ default: module.InvalidRow })));

const NO_INVALID: readonly InvalidVolume[] = [];

interface VolumesTableProps {
  table: VolumesTableInstance;
  loading: boolean;
  /** Previous rows while the next page loads, or stale rows after an error. */
  dimmed: boolean;
  invalid?: readonly InvalidVolume[];
  changed: ReadonlyMap<string, 0 | 1>;
  onOpen: (id: string) => void;
  /** Shown in place of rows when there are none (empty account, no match, page out of range). */
  empty?: ReactNode;
}

export function VolumesTable({
  table,
  loading,
  dimmed,
  invalid = NO_INVALID,
  changed,
  onOpen,
  empty,
}: VolumesTableProps) {
  const { m } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = table.getVisibleLeafColumns();
  const columnsKey = columns.map((column) => column.id).join();
  const rowCount = table.getRowModel().rows.length;
  const sortCount = table.state.sorting.length;
  const [activeId, setActiveId] = useState<string | null>(null);
  const rowProps = { table, changed, columnsKey, rowOffset: invalid.length, onOpen, activeId };
  // A row that gets focus, by arrow, click or the drawer handing it back, becomes the Tab stop.
  const onRowFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const id = event.target instanceof HTMLTableRowElement ? event.target.dataset.rowId : undefined;
    if (id !== undefined) setActiveId(id);
  };

  return (
    <div
      ref={scrollRef}
      className="relative min-h-64 flex-1 scroll-pt-10 overflow-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950"
    >
      <table
        id={TABLE_ID}
        aria-label={m.volumes.table.label}
        aria-busy={loading || dimmed}
        aria-rowcount={loading ? -1 : rowCount + invalid.length + 1}
        // Home / End (keyboard/row-focus.ts): the last row of a windowed page may not be rendered.
        data-row-count={rowCount}
        className="w-full min-w-max table-fixed border-separate border-spacing-0"
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} sortCount={sortCount} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody
          onFocus={onRowFocus}
          className={`transition-opacity duration-200 ${dimmed ? 'opacity-55' : ''}`}
        >
          {loading ? (
            <SkeletonRows columnCount={columns.length} />
          ) : (
            <>
              {invalid.length > 0 && (
                <Suspense fallback={null}>
                  {invalid.map((item, index) => (
                    <InvalidRow
                      key={item.id ?? `invalid-${index}`}
                      item={item}
                      columnCount={columns.length}
                    />
                  ))}
                </Suspense>
              )}
              {rowCount > VIRTUAL_THRESHOLD ? (
                <VirtualRows {...rowProps} scrollRef={scrollRef} columnCount={columns.length} />
              ) : (
                <PlainRows {...rowProps} />
              )}
              {rowCount === 0 && invalid.length === 0 && empty && (
                <tr>
                  <td colSpan={columns.length} className="p-0">
                    <div className="sticky left-0 w-[min(100%,100vw-3rem)]">{empty}</div>
                  </td>
                </tr>
              )}
            </>
          )}
        </tbody>
      </table>
    </div>
  );
}
