import { tabbableRowId } from './roving-row.ts';
import type { VolumesTableInstance } from './use-volumes-table.ts';
import { VolumeRow } from './volume-row.tsx';

/** Above this many rows only the rows in view are rendered (a 1,000-row page stays smooth). */
export const VIRTUAL_THRESHOLD = 100;

export interface TableRowsProps {
  table: VolumesTableInstance;
  changed: ReadonlyMap<string, 0 | 1>;
  columnsKey: string;
  rowOffset: number;
  onOpen: (id: string) => void;
  /** The row last focused: the table's one Tab stop while it is on screen. */
  activeId: string | null;
}

export function PlainRows({ table, changed, columnsKey, rowOffset, onOpen, activeId }: TableRowsProps) {
  const rows = table.getRowModel().rows;
  const tabbable = tabbableRowId(
    rows.map((row) => row.id),
    activeId,
  );
  return rows.map((row, index) => (
    <VolumeRow
      key={row.id}
      table={table}
      row={row}
      index={index}
      tabbable={row.id === tabbable}
      rowOffset={rowOffset}
      flash={changed.get(row.id) ?? null}
      columnsKey={columnsKey}
      onOpen={onOpen}
    />
  ));
}
