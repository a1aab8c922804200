import { functionalUpdate, useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useStoredValue } from '../../../lib/stored-value.ts';
import type { SortTerm } from '../../../scp/sort-terms.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import { columnVisibilityStore } from './column-visibility.ts';
import { volumeColumns } from './columns.tsx';
import { toSortingState, toSortTerms } from './table-sorting.ts';
import { volumeTableFeatures } from './table-features.ts';

const getRowId = (volume: Volume) => volume.id;

/**
 * The table is a view of state owned elsewhere: sorting comes from the URL view,
 * visibility from the stored preference, rows from the query. Its change callbacks write
 * back to those owners; nothing is mirrored.
 */
export function useVolumesTable({
  view,
  rows,
  onSortChange,
}: {
  view: VolumeView;
  rows: readonly Volume[];
  onSortChange: (sort: SortTerm[]) => void;
}) {
  const columnVisibility = useStoredValue(columnVisibilityStore);
  const sorting = useMemo(() => toSortingState(view.sort), [view.sort]);
  // The proxy names each row's region only in a list of several regions: the column is there
  // exactly then (a one-region list is the region its filter names).
  const regional = rows.some((row) => row.region !== undefined);
  const columns = useMemo(
    () => (regional ? volumeColumns : volumeColumns.filter((column) => column.id !== 'region')),
    [regional],
  );

  return useTable({
    features: volumeTableFeatures,
    columns,
    data: rows,
    getRowId,
    manualSorting: true,
    // asc → desc → none on every column, numbers included (the API has no "natural" order).
    sortDescFirst: false,
    enableSortingRemoval: true,
    enableMultiSort: true,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) =>
      onSortChange(toSortTerms(functionalUpdate(updater, sorting))),
    onColumnVisibilityChange: (updater) =>
      columnVisibilityStore.set(functionalUpdate(updater, columnVisibilityStore.get())),
  });
}

export type VolumesTableInstance = ReturnType<typeof useVolumesTable>;
