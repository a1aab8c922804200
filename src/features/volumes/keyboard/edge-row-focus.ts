import { focusedRow, focusRow, rowAt } from './row-focus.ts';

// Apart from row-focus.ts, which the first table's bundle holds (use-drawer.ts): Home and End
// arrive with the page's other shortcuts, after the first rows.

/**
 * A bound on the wait for the row Home or End scrolled to, in case it never comes (the page
 * changed). Generous: a busy machine may take a while to render, and the row is still the one
 * the user asked for unless focus went somewhere else meanwhile.
 */
const EDGE_ROW_WAIT_MS = 5000;

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
    stop();
    focusRow(row);
  });
  // Focus taken elsewhere in the meantime (a click, Tab) is the user's newer choice.
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('focusin', stop);
  };
  observer.observe(table, { childList: true, subtree: true });
  document.addEventListener('focusin', stop);
  const timer = setTimeout(stop, EDGE_ROW_WAIT_MS);
  return true;
}
