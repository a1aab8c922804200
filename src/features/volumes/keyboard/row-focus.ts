const ROW_SELECTOR = 'tr[data-row-index]';

/**
 * Moves keyboard focus to the row `delta` rows from the focused one (or to the first row).
 * The DOM is the state: the focused row is the active row, so nothing is mirrored in React.
 * Neighbouring rows always exist, even in a virtualised page (overscan), and focusing one
 * scrolls it into view.
 */
export function moveRowFocus(table: HTMLElement | null, delta: 1 | -1): boolean {
  if (!table) return false;
  const current = focusedRow(table);
  const index = current ? Number(current.dataset.rowIndex) + delta : 0;
  const target = rowAt(table, Math.max(0, index));
  if (!target) return false;
  focusRow(target);
  return true;
}

/** The table's row that has keyboard focus, if any. */
export function focusedRow(table: HTMLElement): HTMLElement | null {
  const row = document.activeElement?.closest<HTMLElement>(ROW_SELECTOR);
  return row && table.contains(row) ? row : null;
}

export function rowAt(table: HTMLElement, index: number): HTMLElement | null {
  return table.querySelector<HTMLElement>(`${ROW_SELECTOR}[data-row-index="${index}"]`);
}

export function focusRow(row: HTMLElement): void {
  row.focus({ preventScroll: true });
  row.scrollIntoView?.({ block: 'nearest' });
}

export function focusRowById(table: HTMLElement | null, id: string): boolean {
  const row = table?.querySelector<HTMLElement>(
    `${ROW_SELECTOR}[data-row-id="${id.replace(/["\\]/g, '\\$&')}"]`,
  );
  if (!row) return false;
  focusRow(row);
  return true;
}
