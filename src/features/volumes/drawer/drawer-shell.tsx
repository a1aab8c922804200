import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { trapTab } from './focus-trap.ts';

interface DrawerShellProps {
  labelledBy: string;
  /** Focused when the drawer opens, and whenever focus would otherwise fall out of it. */
  initialFocusRef: RefObject<HTMLElement | null>;
  onClose: () => void;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  children: ReactNode;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * A modal side sheet from the right: overlay click and Esc close it, Tab stays inside, and
 * j / k step through the page's volumes. Rendered in a portal so no table styles or stacking
 * contexts reach it.
 */
export function DrawerShell({
  labelledBy,
  initialFocusRef,
  onClose,
  onPrevious,
  onNext,
  children,
}: DrawerShellProps) {
  const panelRef = useRef<HTMLDivElement>(null);

  // Before paint: once the sheet shows, keys already reach it. A passive effect runs after paint,
  // so an Esc pressed in between went to the row behind and was lost.
  useLayoutEffect(() => {
    initialFocusRef.current?.focus();
    // The page behind must not scroll under the sheet.
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
    };
  }, [initialFocusRef]);

  // Capture phase: the shared CopyButton stops keydown propagation, and Esc must close from it too.
  function onKeyDownCapture(event: React.KeyboardEvent) {
    const panel = panelRef.current;
    if (!panel || event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      trapTab(event, panel);
    } else if (
      (event.key === 'j' || event.key === 'k') &&
      !event.altKey &&
      !event.ctrlKey &&
      !event.metaKey
    ) {
      if (isTyping(event.target)) return;
      const go = event.key === 'j' ? onNext : onPrevious;
      event.stopPropagation();
      go?.();
    }
  }

  return createPortal(
    <div className="fixed inset-0 z-50 flex justify-end">
      <div
        aria-hidden="true"
        data-testid="drawer-overlay"
        onClick={onClose}
        className="absolute inset-0 bg-zinc-950/40 transition-opacity starting:opacity-0 motion-reduce:transition-none dark:bg-black/60"
      />
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        // A click on plain text inside keeps focus on the sheet instead of dropping it to <body>,
        // where Esc, Tab and j / k would no longer reach this handler.
        tabIndex={-1}
        onKeyDownCapture={onKeyDownCapture}
        className="relative flex h-full w-full flex-col overflow-y-auto outline-none overscroll-contain bg-white shadow-2xl transition-transform duration-200 starting:translate-x-full motion-reduce:transition-none sm:max-w-[560px] sm:border-l sm:border-zinc-200 dark:bg-zinc-900 dark:sm:border-zinc-800"
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
