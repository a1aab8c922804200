import {
  columnVisibilityFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { Messages } from '../../../i18n/messages.ts';

export type ColumnLabelKey = keyof Messages['volumes']['table']['columns'];

export interface VolumeColumnMeta {
  /** Numbers line up on the right. */
  align?: 'end';
  /** Fixed widths keep columns still while pages, sorts and virtualised rows change. */
  width: string;
}

/**
 * Declared once, at module scope. The server filters, sorts and pages (manual* options), so
 * no client row models are registered: the table only holds state and builds cells.
 */
export const volumeTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<VolumeColumnMeta>(),
});

export type VolumeTableFeatures = typeof volumeTableFeatures;
