import {
  useId,
  useRef,
  useSyncExternalStore,
  type RefObject,
  type SyntheticEvent,
  type ToggleEvent,
} from 'react';
import { useI18n } from '../../../../i18n/i18n-context.ts';
import { MORE_BADGE } from './attached-ids.tsx';

export interface AttachmentLine {
  /** "device on server", by name when known. */
  label: string;
  /** The server's id, when the label names it by name. */
  id: string | null;
}

// A click here is not a click on the row (which opens the drawer).
const keepFromRow = (event: SyntheticEvent) => event.stopPropagation();

/**
 * Places the list by its button, before it shows: below it, or above when the button is low
 * on the screen; from the button's left edge, or its right one in the right half. A popover
 * is in the top layer, so the table's scroller cannot clip it; it closes when anything
 * scrolls under it (it would be left pointing at another row) or the window is resized.
 */
function placeBy(button: HTMLElement, popover: HTMLElement) {
  const box = button.getBoundingClientRect();
  const right = box.left > window.innerWidth / 2;
  const above = box.bottom > window.innerHeight * 0.6;
  Object.assign(popover.style, {
    inset: 'auto',
    margin: '0',
    left: right ? 'auto' : `${box.left}px`,
    right: right ? `${window.innerWidth - box.right}px` : 'auto',
    top: above ? 'auto' : `${box.bottom + 4}px`,
    bottom: above ? `${window.innerHeight - box.top + 4}px` : 'auto',
  });
  const hide = (moved: Event) => {
    if (moved.type === 'scroll' && popover.contains(moved.target as Node)) return;
    popover.hidePopover();
  };
  const stop = (toggled: Event) => {
    if ((toggled as globalThis.ToggleEvent).newState !== 'closed') return;
    document.removeEventListener('scroll', hide, true);
    window.removeEventListener('resize', hide);
    popover.removeEventListener('toggle', stop);
  };
  document.addEventListener('scroll', hide, true);
  window.addEventListener('resize', hide);
  popover.addEventListener('toggle', stop);
}

/**
 * Whether the row holding `element` is the table's one Tab stop (roving-row.ts): a control in
 * a cell is a Tab stop only there, so Tab goes from the focused row to it and never walks
 * every row's. Read from the row's own tabindex, which the table sets (the DOM is the state,
 * as in keyboard/row-focus.ts): a context the rows provided cost the first bundle ~20 B.
 */
function useInTabbableRow(element: RefObject<HTMLElement | null>): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const row = element.current?.closest('tr');
      if (!row) return () => {};
      const observer = new MutationObserver(onChange);
      observer.observe(row, { attributeFilter: ['tabindex'] });
      return () => observer.disconnect();
    },
    () => element.current?.closest('tr')?.tabIndex === 0,
    () => false,
  );
}

/**
 * "+N more" under an attached cell's first attachment: a button (in the Tab order when its
 * row is the table's Tab stop; a tap on a touch screen) that shows every attachment with its
 * server's name and id, where the cell has room for one. Escape, a click or a tap elsewhere
 * closes it, as any popover; focus stays on the button.
 */
export function AttachmentsMore({ more, lines }: { more: string; lines: readonly AttachmentLine[] }) {
  const { m } = useI18n();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const tabbable = useInTabbableRow(button);
  const onBeforeToggle = (event: ToggleEvent<HTMLDivElement>) => {
    if (event.newState === 'open' && button.current) placeBy(button.current, event.currentTarget);
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        popoverTarget={id}
        tabIndex={tabbable ? 0 : -1}
        onClick={keepFromRow}
        className={`${MORE_BADGE} cursor-pointer hover:underline focus-visible:outline-2 focus-visible:outline-blue-500`}
      >
        {more}
      </button>
      <div
        id={id}
        popover="auto"
        onBeforeToggle={onBeforeToggle}
        onClick={keepFromRow}
        className="max-h-96 max-w-[calc(100vw-2rem)] overflow-auto rounded-lg border border-zinc-200 bg-white p-2 text-xs text-zinc-700 shadow-lg dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300"
      >
        <ul aria-label={m.volumes.table.columns.attached} className="flex flex-col gap-1">
          {lines.map((line, index) => (
            <li key={index} className="flex flex-col">
              <span>{line.label}</span>
              {line.id && (
                <span className="font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{line.id}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
