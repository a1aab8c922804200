import { useCallback, useRef } from 'react';
import { focusRowById } from '../keyboard/row-focus.ts';
import { withVolume } from '../url-state/view-updates.ts';
import type { VolumeViewApi } from '../url-state/use-volume-view.ts';

/**
 * The drawer's URL contract: open adds a history entry (Back closes it), stepping with j/k
 * replaces it (Back does not walk every volume seen), close removes the parameter. Focus goes
 * back to the row the drawer was opened from.
 */
export function useDrawer(update: VolumeViewApi['update'], tableId: string) {
  const openedFrom = useRef<string | null>(null);

  const open = useCallback(
    (id: string) => {
      openedFrom.current = id;
      update((view) => withVolume(view, id));
    },
    [update],
  );

  const navigate = useCallback(
    (id: string) => update((view) => withVolume(view, id), { replace: true }),
    [update],
  );

  const close = useCallback(() => {
    const current = new URLSearchParams(window.location.search).get('volume');
    update((view) => withVolume(view, null));
    const target = openedFrom.current ?? current;
    openedFrom.current = null;
    // After React has removed the dialog (which may move focus itself on unmount).
    if (target) requestAnimationFrame(() => focusRowById(document.getElementById(tableId), target));
  }, [update, tableId]);

  return { open, navigate, close };
}
