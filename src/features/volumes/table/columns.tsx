import { createColumnHelper } from '@tanstack/react-table';
import type { Volume } from '../../../scp/volume-schema.ts';
import { AttachedCell } from './cells/attached-cell.tsx';
import { DateCell } from './cells/date-cell.tsx';
import { FlagCell } from './cells/flag-cell.tsx';
import { NameCell } from './cells/name-cell.tsx';
import { SizeCell } from './cells/size-cell.tsx';
import { StateCell } from './cells/state-cell.tsx';
import type { VolumeTableFeatures } from './table-features.ts';

const helper = createColumnHelper<VolumeTableFeatures, Volume>();

/**
 * Column ids are the API's sort keys where the API can sort, so table sorting state encodes
 * straight into `sort=`. Columns the API cannot sort by are not sortable here either.
 */
export const volumeColumns = helper.columns([
  helper.accessor('name', {
    cell: ({ row }) => <NameCell volume={row.original} />,
    enableHiding: false,
    meta: { width: '15rem' },
  }),
  helper.accessor('state', {
    cell: ({ getValue }) => <StateCell state={getValue()} />,
    meta: { width: '9.5rem' },
  }),
  helper.accessor('size', {
    cell: ({ getValue }) => <SizeCell gigabytes={getValue()} />,
    meta: { width: '6rem', align: 'end' },
  }),
  helper.accessor('volume_type', {
    cell: ({ getValue }) => getValue() ?? '—',
    meta: { width: '8.5rem' },
  }),
  helper.accessor('bootable', {
    cell: ({ getValue }) => <FlagCell value={getValue()} />,
    meta: { width: '5.75rem' },
  }),
  helper.accessor('encrypted', {
    cell: ({ getValue }) => <FlagCell value={getValue()} />,
    enableSorting: false,
    meta: { width: '5.75rem' },
  }),
  helper.accessor('multiattach', {
    cell: ({ getValue }) => <FlagCell value={getValue()} />,
    enableSorting: false,
    meta: { width: '5.75rem' },
  }),
  helper.accessor('servers', {
    id: 'attached',
    cell: ({ getValue }) => <AttachedCell servers={getValue()} />,
    enableSorting: false,
    meta: { width: '12rem' },
  }),
  helper.accessor('created_at', {
    cell: ({ getValue }) => <DateCell iso={getValue()} />,
    meta: { width: '8rem' },
  }),
  helper.accessor('modified_at', {
    cell: ({ getValue }) => <DateCell iso={getValue()} />,
    meta: { width: '8rem' },
  }),
]);
