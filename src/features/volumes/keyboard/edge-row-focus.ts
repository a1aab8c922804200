import { focusedRow, focusRow, rowAt } from './row-focus.ts';

// Apart from row-focus.ts, which the first table's bundle holds (use-drawer.ts): Home and End
// arrive with the page's other shortcuts, after the first rows.

/** How long a windowed page may take to render the row Home or End scrolled to. */
const EDGE_ROW_WAIT_MS = 1000;

/**
 * Home / End from a focused row: the page's first or last row. In a windowed page that row may
 * not be rendered yet: the table's scroller (its parent, volumes-table.tsx) scrolls to that
 * end, and the row takes focus as soon as the window renders it. Elsewhere the keys keep their
 * usual meaning, so this returns false.
 */
export function focusEdgeRow(table: HTMLElement | null, edge: 'first' | 'last'): boolean {
  const count = Number(table?.dataset.rowCount);
  if (!table || !focusedRow(table) || !(count > 0)) return false;
  const index = edge === 'first' ? 0 : count - 1;
  const rendered = rowAt(table, index);
  if (rendered) {
    focusRow(rendered);
    return true;
  }
  const scroller = table.parentElement;
  if (scroller) scroller.scrollTop = edge === 'first' ? 0 : scroller.scrollHeight;
  const observer = new MutationObserver(() => {
    const row = rowAt(table, index);
    if (!row) return;
    observer.disconnect();
    clearTimeout(timer);
    focusRow(row);
  });
  observer.observe(table, { childList: true, subtree: true });
  const timer = setTimeout(() => observer.disconnect(), EDGE_ROW_WAIT_MS);
  return true;
}
