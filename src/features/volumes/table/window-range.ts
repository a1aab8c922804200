export interface WindowRange {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Which rows of a fixed-height list intersect the viewport, plus `overscan` rows each side
 * (so the row above and below the focused one always exist for j/k and focus()).
 */
export function windowRange(
  scrollTop: number,
  viewportHeight: number,
  listTop: number,
  count: number,
  rowHeight: number,
  overscan: number,
): WindowRange {
  const top = Math.max(0, scrollTop - listTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(viewportHeight, rowHeight)) / rowHeight);
  return {
    start: Math.max(0, Math.min(count, first - overscan)),
    end: Math.max(0, Math.min(count, last + overscan)),
  };
}
