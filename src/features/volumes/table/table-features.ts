import { columnVisibilityFeature, metaHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { ColumnId, ColumnSpec } from './column-specs.ts';

export type VolumeColumnMeta = Pick<ColumnSpec<ColumnId>, 'width' | 'align'>;

/**
 * Declared once, at module scope. The server filters, sorts and pages, so no client row
 * models are registered (manualSorting): the table holds the sort and column visibility
 * and builds cells. Paging is not registered at all: each page is the whole data set the
 * table sees, and page and page size already live in the URL (pagination/ reads them there).
 */
export const volumeTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<VolumeColumnMeta>(),
});

export type VolumeTableFeatures = typeof volumeTableFeatures;
