import type { Locator, Page } from '@playwright/test';
import { volumeRows, volumesTable } from './volumes-page.ts';

/**
 * Table cells by their column's header, never by position: columns can be hidden, reordered
 * or added, and a test that counted them would then read the wrong one without noticing.
 */
export async function columnNumber(page: Page, header: string): Promise<number> {
  const th = volumesTable(page).getByRole('columnheader', { name: header, exact: true });
  // cellIndex counts the header row's cells, which line up with each data row's cells.
  return 1 + (await th.evaluate((cell) => (cell as HTMLTableCellElement).cellIndex));
}

/** The `header` column's cells of every data row shown. */
export async function columnCells(page: Page, header: string): Promise<Locator> {
  return volumeRows(page).locator(`> td:nth-child(${await columnNumber(page, header)})`);
}

/** One row's cell in the `header` column. */
export async function cellOf(page: Page, row: Locator, header: string): Promise<Locator> {
  return row.locator(`> td:nth-child(${await columnNumber(page, header)})`);
}
