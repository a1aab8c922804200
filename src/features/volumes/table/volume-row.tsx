import type { Row } from '@tanstack/react-table';
import { memo, type CSSProperties } from 'react';
import type { Volume } from '../../../scp/volume-schema.ts';
import { cellClass } from './cell-class.ts';
import type { VolumeTableFeatures } from './table-features.ts';
import type { VolumesTableInstance } from './use-volumes-table.ts';

interface VolumeRowProps {
  table: VolumesTableInstance;
  row: Row<VolumeTableFeatures, Volume>;
  index: number;
  /** The table's one Tab stop (roving-row.ts). */
  tabbable: boolean;
  /** Rows above the volumes (flagged invalid items) shift the ARIA row numbers. */
  rowOffset: number;
  /** Odd/even refresh number when the row changed in the last refresh, else null. */
  flash: 0 | 1 | null;
  /** The visible-columns key: memo must re-render rows when columns change. */
  columnsKey: string;
  onOpen: (id: string) => void;
  style?: CSSProperties;
}

/**
 * One volume. The row is focusable (arrows and j/k move focus between rows, Enter or a click
 * opens the drawer); only one row is in the Tab order so Tab does not walk 1,000 rows.
 */
export const VolumeRow = memo(function VolumeRow({
  table,
  row,
  index,
  tabbable,
  rowOffset,
  flash,
  onOpen,
  style,
}: VolumeRowProps) {
  return (
    <tr
      data-row-index={index}
      data-row-id={row.id}
      aria-rowindex={index + rowOffset + 2}
      tabIndex={tabbable ? 0 : -1}
      style={style}
      onClick={() => onOpen(row.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) {
          event.preventDefault();
          onOpen(row.id);
        }
      }}
      // The keyboard focus ring is in index.css (tr:focus-visible).
      className={`group/row cursor-pointer outline-none ${flash === null ? '' : flash === 0 ? 'row-flash-a' : 'row-flash-b'}`}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cellClass(cell.column.id, cell.column.columnDef.meta?.align)}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
