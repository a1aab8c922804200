/**
 * In-page instrumentation, installed before any page script (page.addInitScript). A string,
 * not a function: tsx compiles functions with name helpers (`__name`) the page does not have.
 *
 * Both the app and the floor page mark a data row `tr[data-row-id]` inside the table named
 * "Volumes", so one detector times both. "Shown" is the animation frame in which the change is
 * first in the DOM: the frame that paints it.
 */
/** A data row of the volumes table (app and floor page alike). */
export const ROW_SELECTOR = 'table[aria-label="Volumes"] tbody tr[data-row-id]';

export const PROBE = String.raw`(() => {
  const TABLE = 'table[aria-label="Volumes"]';
  const ROW = 'tbody tr[data-row-id]';
  const b = (window.__bench = { firstRowAt: null, longTasks: [], armed: null });
  // The memory run pages 200 times; keep every API timing entry.
  try { performance.setResourceTimingBufferSize(100000); } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  const first = new MutationObserver(() => {
    if (b.firstRowAt !== null || !document.querySelector(TABLE + ' ' + ROW)) return;
    first.disconnect();
    requestAnimationFrame(() => { b.firstRowAt = performance.now(); });
  });
  first.observe(document, { childList: true, subtree: true });

  b.signature = () => {
    const table = document.querySelector(TABLE);
    if (!table) return 'no-table';
    const rows = table.querySelectorAll(ROW);
    return [table.getAttribute('aria-rowcount'), rows[0]?.dataset.rowId, rows[rows.length - 1]?.dataset.rowId].join('|');
  };
  const busy = () => document.querySelector(TABLE)?.getAttribute('aria-busy') === 'true';
  const conditions = {
    // New rows (a different first/last row or row count) and nothing still loading.
    rows: (before) => !busy() && b.signature() !== before,
    // The drawer is open and its content is no longer a loading placeholder.
    dialog: () => {
      const dialog = document.querySelector('[role="dialog"]');
      return !!dialog && dialog.getBoundingClientRect().width > 0 && !dialog.querySelector('[aria-busy="true"]');
    },
  };

  // Arm before the action; the first input event after that is the start.
  b.arm = (kind) => {
    const before = b.signature();
    const state = { kind, start: null, end: null, waitedForNetwork: false };
    b.armed = state;
    const onInput = (event) => {
      if (state.start === null) state.start = event.timeStamp;
    };
    const events = ['pointerdown', 'keydown', 'input', 'change'];
    for (const type of events) window.addEventListener(type, onInput, { capture: true });
    const check = (records) => {
      // The table is aria-busy while it shows the previous rows and waits for the next ones;
      // a page served from the cache (a prefetch) swaps rows without ever being busy.
      if (state.start !== null && records.some((r) => r.attributeName === 'aria-busy' && (r.oldValue === 'true' || r.target.getAttribute('aria-busy') === 'true'))) {
        state.waitedForNetwork = true;
      }
      if (state.start === null || state.end !== null || !conditions[kind](before)) return;
      observer.disconnect();
      for (const type of events) window.removeEventListener(type, onInput, { capture: true });
      requestAnimationFrame(() => { state.end = performance.now(); });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeOldValue: true, characterData: true });
  };

  // Long tasks between the input and settleMs after the change was shown: work the
  // interaction caused (a prefetch, a re-render) counts even if it lands just after.
  b.collect = (settleMs) => {
    const { kind, start, end, waitedForNetwork } = b.armed;
    const longTasks = b.longTasks.filter((t) => t.start + t.duration > start && t.start < end + settleMs);
    return {
      kind,
      ms: end - start,
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
      waitedForNetwork,
    };
  };

  // Frame recorder for the scroll test. The scrolling itself is real wheel input from
  // Playwright (compositor scrolling, scroll events), not scrollTop writes, which would force a
  // style and layout pass per frame and measure the probe instead of the table.
  b.startFrames = () => {
    const rec = { start: performance.now(), last: performance.now(), frames: [], maxRowIndex: 0, running: true };
    b.frameRecorder = rec;
    const step = (now) => {
      if (!rec.running) return;
      rec.frames.push(now - rec.last);
      rec.last = now;
      for (const row of document.querySelectorAll(TABLE + ' ' + ROW)) {
        rec.maxRowIndex = Math.max(rec.maxRowIndex, Number(row.dataset.rowIndex));
      }
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };
  b.scrolledToEnd = () => {
    const table = document.querySelector(TABLE);
    const scroller = table.parentElement;
    const lastIndex = Number(table.getAttribute('aria-rowcount')) - 2;
    return b.frameRecorder.maxRowIndex >= lastIndex && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
  };
  b.stopFrames = () =>
    new Promise((resolve) => {
      const rec = b.frameRecorder;
      rec.running = false;
      const end = performance.now();
      const domRows = document.querySelectorAll(TABLE + ' ' + ROW).length;
      // Long-task entries arrive after their task ends: give the last one time to land.
      setTimeout(() => {
        const longTasks = b.longTasks.filter((t) => t.start + t.duration > rec.start && t.start < end);
        resolve({
          ms: end - rec.start,
          frames: rec.frames.length,
          slowFrames: rec.frames.filter((f) => f > 50).length,
          maxFrameMs: Math.max(...rec.frames),
          longTasks: longTasks.length,
          longTaskMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
          maxRowIndex: rec.maxRowIndex,
          domRows,
        });
      }, 200);
    });
})();`;

export interface ScrollResult {
  ms: number;
  frames: number;
  /** Frames longer than 50 ms: a visible stall. */
  slowFrames: number;
  maxFrameMs: number;
  longTasks: number;
  longTaskMs: number;
  /** The last row reached, to prove the scroll went through all of them. */
  maxRowIndex: number;
  /** Rows in the DOM at the end: the virtualiser's window, not 1,000. */
  domRows: number;
}

export interface InteractionSample {
  kind: 'rows' | 'dialog';
  ms: number;
  longTasks: number;
  longTaskMs: number;
  /** The table showed its loading state (aria-busy) before the new rows: a network wait. */
  waitedForNetwork: boolean;
}
