import { useSyncExternalStore } from 'react';

/**
 * "The first rows are on screen": the moment the page's secondary work (toolbar and header
 * chunks, state counts, /api/status, prefetches) may start. Until then the network and the
 * main thread belong to the first table. Once per page load, never reset.
 */
let shown = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFirstRowsShown(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => shown,
    () => false,
  );
}

/** After the frame that paints the first answer (rows, empty or error), not before it. */
export function markFirstRowsShown(): void {
  if (shown) return;
  const mark = () => {
    if (shown) return;
    shown = true;
    for (const listener of listeners) listener();
  };
  // rAF runs just before that paint; the timeout lands after it.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(mark, 0));
  else setTimeout(mark, 0);
}
