import { useEffect, useState, type RefObject } from 'react';
import { windowRange, type WindowRange } from './window-range.ts';

const OVERSCAN = 10;
// Before the first measurement: enough rows to fill a tall screen.
const INITIAL_ROWS = 40;

/**
 * Tracks the rendered window of a long page as the table scrolls. A few lines of arithmetic
 * over fixed-height rows instead of a virtualisation library: the rows here never vary in
 * height, and the initial bundle has no room for a library a page of 20 never uses (its size:
 * the design figures in docs/PERFORMANCE.md).
 */
export function useWindowRange(
  scrollRef: RefObject<HTMLElement | null>,
  anchorRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
): WindowRange {
  const [range, setRange] = useState<WindowRange>(() => ({ start: 0, end: Math.min(count, INITIAL_ROWS) }));

  // A passive effect, not a layout one: when the rows mount in the same commit as the table (the
  // early answer adopted before the first render), a child's layout effect runs before the
  // parent's ref is attached, found no scroller and never listened. The first window (the top
  // rows) needs no measurement, so nothing is lost by measuring just after that paint.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const listTop = anchorRef.current?.offsetTop ?? 0;
      const next = windowRange(
        scroller.scrollTop,
        scroller.clientHeight,
        listTop,
        count,
        rowHeight,
        OVERSCAN,
      );
      setRange((current) => (current.start === next.start && current.end === next.end ? current : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    scroller.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [scrollRef, anchorRef, count, rowHeight]);

  return range;
}
