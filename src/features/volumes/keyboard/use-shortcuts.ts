import { useEffect, useLayoutEffect, useRef } from 'react';
import { focusEdgeRow } from './edge-row-focus.ts';
import { moveRowFocus } from './row-focus.ts';

export interface ShortcutHandlers {
  /** Row keys are off while the drawer is open: it has its own j/k. */
  drawerOpen: boolean;
  focusFilter: () => void;
  showHelp: () => void;
  tableId: string;
}

/** Typing in a field is never a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Page-wide keys: `/` filter, `?` help, j/k and ↑/↓ rows, Home/End from a row. Enter on a row
 * is the row's own handler. The listener is attached once; the latest handlers are read from a
 * ref. It is attached in a layout effect so the keys work from the moment the toolbar is on
 * screen (a passive effect runs after paint, and a quick first keystroke was lost).
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (
        isTyping(event.target) ||
        document.querySelector('dialog[open], [role="dialog"][aria-modal="true"]')
      )
        return;
      const { drawerOpen, focusFilter, showHelp, tableId } = latest.current;
      const table = document.getElementById(tableId);
      const key = event.key;
      if (key === '/') {
        event.preventDefault();
        focusFilter();
      } else if (key === '?') {
        event.preventDefault();
        showHelp();
      } else if (!drawerOpen && (key === 'j' || key === 'ArrowDown')) {
        if (moveRowFocus(table, 1)) event.preventDefault();
      } else if (!drawerOpen && (key === 'k' || key === 'ArrowUp')) {
        if (moveRowFocus(table, -1)) event.preventDefault();
      } else if (!drawerOpen && (key === 'Home' || key === 'End')) {
        if (focusEdgeRow(table, key === 'Home' ? 'first' : 'last')) event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
