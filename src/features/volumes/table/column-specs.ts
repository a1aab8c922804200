import type { Messages } from '../../../i18n/messages.ts';
import type { SortKey } from '../../../scp/sort-terms.ts';

/** A column's id is its label key in the catalogues (`m.volumes.table.columns[id]`). */
export type ColumnId = keyof Messages['volumes']['table']['columns'];

export interface ColumnSpec<K extends ColumnId> {
  /**
   * Set only for columns the API can sort by. The type allows no key but the column's own id,
   * so table sorting state (column ids) encodes straight into `sort=`.
   */
  sortKey?: K & SortKey;
  /** Fixed widths keep columns still while pages, sorts and virtualised rows change. */
  width: string;
  /** Numbers line up on the right. */
  align?: 'end';
  /** The row's name must stay, or a row has nothing to name it. */
  hideable?: false;
}

/**
 * Every table column, in display order: id (= label key), API sort key and layout. The
 * widths of the columns shown by default (DEFAULT_COLUMNS), the region's included, add up to
 * 86.5rem: 1,384 px, inside the 1,406 px box of a 1440 px window with room for a scrollbar. The
 * cells (table/columns.tsx) and the CSV fields (export/csv-columns.ts) are keyed by the same
 * ids and typed to cover every one. Pure data, so the lazy export chunk can read the order.
 */
export const COLUMN_SPECS: { readonly [K in ColumnId]: ColumnSpec<K> } = {
  name: { sortKey: 'name', width: '15rem', hideable: false },
  state: { sortKey: 'state', width: '9.5rem' },
  size: { sortKey: 'size', width: '6rem', align: 'end' },
  volume_type: { sortKey: 'volume_type', width: '8.5rem' },
  bootable: { sortKey: 'bootable', width: '5.75rem' },
  encrypted: { width: '5.75rem' },
  multiattach: { width: '5.75rem' },
  // Room for "/dev/vdc on k8s-dev-node-04"; "+N more" goes beneath (attachments-more.tsx).
  attached: { width: '14rem' },
  // Only in a list of several regions (useVolumesTable); the API cannot sort by it.
  region: { width: '6rem' },
  created_at: { sortKey: 'created_at', width: '8rem' },
  modified_at: { sortKey: 'modified_at', width: '8rem' },
};

export function isColumnId(id: string): id is ColumnId {
  return Object.hasOwn(COLUMN_SPECS, id);
}

export const COLUMN_IDS: readonly ColumnId[] = Object.keys(COLUMN_SPECS).filter(isColumnId);

/** A table column's header text; TanStack hands ids around as plain strings. */
export function columnLabel(labels: Messages['volumes']['table']['columns'], id: string): string {
  return isColumnId(id) ? labels[id] : id;
}
