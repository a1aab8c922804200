import { useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useDismiss } from './use-dismiss.ts';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea';

/** The panel's controls a keyboard can reach, in document order (which jsdom's list selectors skip). */
export function focusablesIn(panel: HTMLElement | null): HTMLElement[] {
  return panel
    ? [...panel.querySelectorAll<HTMLElement>('*')].filter((element) => element.matches(FOCUSABLE))
    : [];
}

/** Arrows in a text field move its caret, as everywhere else. */
function isTextField(target: EventTarget): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(target.type))
  );
}

/**
 * A toolbar disclosure (Columns, Views): its open state, the props of the button that toggles
 * it and of its panel, and the root that a press outside or Escape closes it from. Opening it
 * moves focus to the panel's first control, and ↑ / ↓ move between its controls (wrapping),
 * as in a menu: they never reach the page's row keys behind the open panel.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root);
  useLayoutEffect(() => {
    if (open) focusablesIn(panel.current)[0]?.focus();
  }, [open]);

  const onArrow = (event: KeyboardEvent, from: number) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const controls = focusablesIn(panel.current);
    if (controls.length === 0) return;
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const index = from === -1 && step === -1 ? controls.length - 1 : from + step;
    controls[(index + controls.length) % controls.length]?.focus();
  };

  const toggleProps = {
    type: 'button',
    'aria-expanded': open,
    'aria-controls': panelId,
    onClick: () => setOpen((value) => !value),
    // Back on the button with the panel open: ↓ goes into it rather than to the rows behind.
    onKeyDown: (event: KeyboardEvent) => {
      if (open) onArrow(event, -1);
    },
  } as const;
  const panelProps = {
    id: panelId,
    ref: panel,
    onKeyDown: (event: KeyboardEvent) => {
      if (isTextField(event.target)) return;
      onArrow(event, focusablesIn(panel.current).indexOf(event.target as HTMLElement));
    },
  };
  return { open, close, root, toggleProps, panelProps };
}
