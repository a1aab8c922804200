/**
 * Roving tabindex: the table is one Tab stop, the row last focused (or the first one when that
 * row is not on screen: another page, or windowed out of a long one). Arrows and j/k move
 * between rows (keyboard/row-focus.ts), so a row's copy button and dates are not Tab stops.
 */
export function tabbableRowId(ids: readonly string[], activeId: string | null): string | undefined {
  return activeId !== null && ids.includes(activeId) ? activeId : ids[0];
}
