import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import type { VolumesTableInstance } from './use-volumes-table.ts';
import { VolumeRow } from './volume-row.tsx';

/** Above this many rows only the rows in view are rendered (a 1,000-row page stays smooth). */
export const VIRTUAL_THRESHOLD = 100;
const ROW_HEIGHT = 45;

export interface TableRowsProps {
  table: VolumesTableInstance;
  changed: ReadonlyMap<string, 0 | 1>;
  columnsKey: string;
  rowOffset: number;
  onOpen: (id: string) => void;
}

export function PlainRows({ table, changed, columnsKey, rowOffset, onOpen }: TableRowsProps) {
  return table
    .getRowModel()
    .rows.map((row, index) => (
      <VolumeRow
        key={row.id}
        table={table}
        row={row}
        index={index}
        rowOffset={rowOffset}
        flash={changed.get(row.id) ?? null}
        columnsKey={columnsKey}
        onOpen={onOpen}
      />
    ));
}

/**
 * Spacer rows above and below the rendered window keep the table a real <table> (sticky
 * header, column widths, row semantics) while only ~40 rows exist in the DOM.
 */
export function VirtualRows({
  scrollRef,
  columnCount,
  ...props
}: TableRowsProps & { scrollRef: RefObject<HTMLDivElement | null>; columnCount: number }) {
  const { table, changed, columnsKey, rowOffset, onOpen } = props;
  const rows = table.getRowModel().rows;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    // Generous: j/k and focus() need the neighbouring rows to exist.
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <>
      {top > 0 && <Spacer height={top} columnCount={columnCount} />}
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <VolumeRow
            key={row.id}
            table={table}
            row={row}
            index={item.index}
            rowOffset={rowOffset}
            flash={changed.get(row.id) ?? null}
            columnsKey={columnsKey}
            onOpen={onOpen}
            measureRef={virtualizer.measureElement}
          />
        );
      })}
      {bottom > 0 && <Spacer height={bottom} columnCount={columnCount} />}
    </>
  );
}

function Spacer({ height, columnCount }: { height: number; columnCount: number }) {
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={columnCount} className="p-0" />
    </tr>
  );
}
