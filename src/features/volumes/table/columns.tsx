import { createColumnHelper } from '@tanstack/react-table';
import type { Volume } from '../../../scp/volume-schema.ts';
import { AttachedCell } from './cells/attached-cell.tsx';
import { DateCell } from './cells/date-cell.tsx';
import { FlagCell } from './cells/flag-cell.tsx';
import { NameCell } from './cells/name-cell.tsx';
import { SizeCell } from './cells/size-cell.tsx';
import { StateCell } from './cells/state-cell.tsx';
import { COLUMN_IDS, COLUMN_SPECS, type ColumnId } from './column-specs.ts';
import type { VolumeTableFeatures } from './table-features.ts';

const helper = createColumnHelper<VolumeTableFeatures, Volume>();
type VolumeColumn = ReturnType<typeof helper.columns>[number];

/** The cells of each column in column-specs.ts; the type requires one per column. */
const CELL_COLUMNS: { readonly [K in ColumnId]: VolumeColumn } = {
  name: helper.accessor('name', { cell: ({ row }) => <NameCell volume={row.original} /> }),
  state: helper.accessor('state', { cell: ({ getValue }) => <StateCell state={getValue()} /> }),
  size: helper.accessor('size', { cell: ({ getValue }) => <SizeCell gigabytes={getValue()} /> }),
  volume_type: helper.accessor('volume_type', { cell: ({ getValue }) => getValue() ?? '—' }),
  bootable: helper.accessor('bootable', { cell: ({ getValue }) => <FlagCell value={getValue()} /> }),
  encrypted: helper.accessor('encrypted', { cell: ({ getValue }) => <FlagCell value={getValue()} /> }),
  multiattach: helper.accessor('multiattach', { cell: ({ getValue }) => <FlagCell value={getValue()} /> }),
  attached: helper.accessor('servers', {
    cell: ({ getValue, row }) => <AttachedCell servers={getValue()} region={row.original.region} />,
  }),
  region: helper.accessor('region', { cell: ({ getValue }) => getValue() ?? '—' }),
  created_at: helper.accessor('created_at', { cell: ({ getValue }) => <DateCell iso={getValue()} /> }),
  modified_at: helper.accessor('modified_at', { cell: ({ getValue }) => <DateCell iso={getValue()} /> }),
};

/** Id, sorting, hiding and layout come from column-specs.ts: sortable exactly when the API can sort. */
export const volumeColumns = COLUMN_IDS.map((id): VolumeColumn => {
  const { sortKey, hideable, width, align } = COLUMN_SPECS[id];
  return {
    ...CELL_COLUMNS[id],
    id,
    enableSorting: sortKey !== undefined,
    enableHiding: hideable ?? true,
    meta: { width, align },
  };
});
