import type { CSSProperties } from 'react';

/** A type's tip: fixed to the viewport, so no scrolling panel clips it (classes the page already has). */
export const TIP_CLASS =
  'fixed z-50 rounded bg-zinc-900 px-2 py-1 text-xs text-white shadow dark:bg-zinc-100 dark:text-zinc-900';

/** Just below `anchor`, as wide as its text up to 22rem: style attributes add no CSS rule. */
export function tipPosition(anchor: DOMRect): CSSProperties {
  return { left: anchor.left, top: anchor.bottom, width: 'max-content', maxWidth: '22rem' };
}

/** Time to move the pointer from the name onto its tip, which stays while hovered (WCAG 1.4.13). */
export const TIP_GRACE_MS = 200;
