import { useRef, type RefObject } from 'react';
import type { TableRowsProps } from './plain-rows.tsx';
import { tabbableRowId } from './roving-row.ts';
import { useWindowRange } from './use-window-range.ts';
import { VolumeRow } from './volume-row.tsx';

/** Every row is exactly this tall (two text lines); windowing relies on it. */
const ROW_HEIGHT = 45;
const FIXED_HEIGHT = { height: ROW_HEIGHT } as const;

/**
 * Spacer rows above and below the rendered window keep the table a real <table> (sticky
 * header, column widths, row semantics) while only ~40 rows exist in the DOM.
 */
export function VirtualRows({
  scrollRef,
  columnCount,
  ...props
}: TableRowsProps & { scrollRef: RefObject<HTMLDivElement | null>; columnCount: number }) {
  const { table, changed, columnsKey, rowOffset, onOpen, activeId } = props;
  const rows = table.getRowModel().rows;
  const anchor = useRef<HTMLTableRowElement>(null);
  const { start, end } = useWindowRange(scrollRef, anchor, rows.length, ROW_HEIGHT);
  const shown = rows.slice(start, end);
  // Among the rendered rows only: a Tab stop windowed out of the DOM would be no stop at all.
  const tabbable = tabbableRowId(
    shown.map((row) => row.id),
    activeId,
  );

  return (
    <>
      <tr ref={anchor} aria-hidden="true" style={{ height: start * ROW_HEIGHT }}>
        <td colSpan={columnCount} className="p-0" />
      </tr>
      {shown.map((row, offset) => (
        <VolumeRow
          key={row.id}
          table={table}
          row={row}
          index={start + offset}
          tabbable={row.id === tabbable}
          rowOffset={rowOffset}
          flash={changed.get(row.id) ?? null}
          columnsKey={columnsKey}
          onOpen={onOpen}
          style={FIXED_HEIGHT}
        />
      ))}
      <tr aria-hidden="true" style={{ height: (rows.length - end) * ROW_HEIGHT }}>
        <td colSpan={columnCount} className="p-0" />
      </tr>
    </>
  );
}
