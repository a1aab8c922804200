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
 * WCAG 2.2 focus appearance: the tint alone was ~1.07:1 in light mode. A solid 2 px outline
 * drawn inside the row (a negative offset keeps it clear of the neighbouring rows and of the
 * scroll container's clipping) is ≥ 4.5:1 against the tinted cells and the rows beside it.
 * `outline-solid` is spelt out because `outline-none` also clears the style `outline-2` reads.
 */
const ROW_FOCUS =
  'outline-none focus-visible:outline-solid focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400';

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
      className={`group/row cursor-pointer ${ROW_FOCUS} ${flash === null ? '' : flash === 0 ? 'row-flash-a' : 'row-flash-b'}`}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={cellClass(cell.column.id, cell.column.columnDef.meta?.align)}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
