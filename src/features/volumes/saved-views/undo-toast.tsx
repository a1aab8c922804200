import { useEffect, useState } from 'react';
import { toolbarButton } from '../../../components/button-classes.ts';
import { useSavedViewsMessages } from '../../../i18n/saved-views-messages.ts';
import type { SavedView } from './saved-views.ts';

/** Long enough to notice and reach by keyboard; the wait stops while focus or the pointer is on it. */
const UNDO_MS = 10_000;

export type ToastState =
  { kind: 'deleted'; view: SavedView; index: number } | { kind: 'note'; text: string } | null;

// The export's toast look (export-menu.tsx), so both read as one kind of message.
const TOAST =
  'pointer-events-auto flex items-center gap-2 rounded-md border border-zinc-200 bg-white px-3 py-2 text-xs text-zinc-700 shadow-lg empty:border-0 empty:p-0 empty:shadow-none dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300';

/**
 * "Deleted view X. Undo", floating at the bottom of the page so it outlives the Views panel.
 * A live region that is always there, so screen readers announce what appears in it; the
 * Undo button follows the panel in the Tab order.
 */
export function UndoToast({
  state,
  onUndo,
  onExpire,
}: {
  state: ToastState;
  onUndo: (deleted: Extract<ToastState, { kind: 'deleted' }>) => void;
  onExpire: () => void;
}) {
  const t = useSavedViewsMessages();
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (state === null || held) return;
    const timer = setTimeout(onExpire, UNDO_MS);
    return () => clearTimeout(timer);
  }, [state, held, onExpire]);

  return (
    <div className="fixed bottom-4 left-4 z-50">
      <div
        role="status"
        className={TOAST}
        onFocus={() => setHeld(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
        }}
        onPointerEnter={() => setHeld(true)}
        onPointerLeave={() => setHeld(false)}
      >
        {state?.kind === 'note' && state.text}
        {state?.kind === 'deleted' && (
          <>
            {t.deleted(state.view.name)}
            <button type="button" onClick={() => onUndo(state)} className={toolbarButton}>
              {t.undo}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
