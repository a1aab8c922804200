const ROW_SELECTOR = 'tr[data-row-index]';

/**
 * Moves keyboard focus to the row `delta` rows from the focused one (or to the first row).
 * The DOM is the state: the focused row is the active row, so nothing is mirrored in React.
 * Neighbouring rows always exist, even in a virtualised page (overscan), and focusing one
 * scrolls it into view.
 */
export function moveRowFocus(table: HTMLElement | null, delta: 1 | -1): boolean {
  if (!table) return false;
  const current = document.activeElement?.closest<HTMLElement>(ROW_SELECTOR);
  const index = current && table.contains(current) ? Number(current.dataset.rowIndex) + delta : 0;
  const target = table.querySelector<HTMLElement>(`${ROW_SELECTOR}[data-row-index="${Math.max(0, index)}"]`);
  if (!target) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'nearest' });
  return true;
}

export function focusRowById(table: HTMLElement | null, id: string): boolean {
  const row = table?.querySelector<HTMLElement>(
    `${ROW_SELECTOR}[data-row-id="${id.replace(/["\\]/g, '\\$&')}"]`,
  );
  if (!row) return false;
  row.focus({ preventScroll: true });
  row.scrollIntoView?.({ block: 'nearest' });
  return true;
}
