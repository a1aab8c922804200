import { TABLE_ID } from '../table/volumes-table.tsx';

export const PAGINATION_ID = 'volumes-pagination';

/**
 * Focuses what a skip link names: the table's Tab stop (its roving row) or the pagination's
 * first control. A bare #fragment to an element that takes no focus only moves where the next
 * Tab starts (the sort headers, for the table), so the links focus the target themselves.
 */
export function focusSkipTarget(targetId: string): boolean {
  const target = document.getElementById(targetId);
  const stop = target?.querySelector<HTMLElement>(
    targetId === TABLE_ID
      ? 'tbody tr[tabindex="0"]'
      : 'button:not(:disabled), input:not(:disabled), select:not(:disabled)',
  );
  if (!stop) return false;
  stop.focus();
  return true;
}
