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
