import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en/index.ts';
import { SORT_KEYS } from '../../../scp/sort-terms.ts';
import { COLUMN_IDS, COLUMN_SPECS, columnLabel, type ColumnSpec } from './column-specs.ts';
import { volumeColumns } from './columns.tsx';

describe('column specs', () => {
  it('give the table its columns in order, sortable exactly where the API can sort', () => {
    expect(volumeColumns.map((column) => column.id)).toEqual(COLUMN_IDS);
    COLUMN_IDS.forEach((id, index) => {
      const { sortKey } = COLUMN_SPECS[id];
      expect(volumeColumns[index]?.enableSorting).toBe(sortKey !== undefined);
      if (sortKey) expect(SORT_KEYS).toContain(sortKey);
    });
  });

  it('name every column from the catalogue', () => {
    expect(COLUMN_IDS.map((id) => columnLabel(en.volumes.table.columns, id))).toEqual(
      Object.values(en.volumes.table.columns),
    );
  });

  it('allow no sort key on a column the API cannot sort by (checked by tsc)', () => {
    // @ts-expect-error `encrypted` is not an API sort key
    const unsortable: ColumnSpec<'encrypted'> = { sortKey: 'encrypted', width: '1rem', csv: {} };
    // @ts-expect-error a sortable column sorts by its own id, nothing else
    const crossed: ColumnSpec<'size'> = { sortKey: 'name', width: '1rem', csv: {} };
    expect([unsortable, crossed]).toHaveLength(2);
  });
});
