import type { ColumnVisibilityState } from '@tanstack/react-table';
import { createStoredValue } from '../../../lib/stored-value.ts';

/**
 * Shown unless someone chose otherwise: every column but Multi-attach, which the type already
 * says (SSD_MultiAttach) and the drawer shows; with it the table overflowed a 1440 px window.
 * Stored choices go over it, so a column someone turned on stays on. A saved view keeps the
 * whole state it was saved with.
 */
const DEFAULT_COLUMNS: ColumnVisibilityState = { multiattach: false };

function decode(raw: unknown): ColumnVisibilityState | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const state: ColumnVisibilityState = { ...DEFAULT_COLUMNS };
  for (const [id, visible] of Object.entries(raw)) {
    if (typeof visible === 'boolean') state[id] = visible;
  }
  return state;
}

/** Which columns are shown: a personal preference, so localStorage rather than the URL. */
export const columnVisibilityStore = createStoredValue('scp-volumes.columns', decode, DEFAULT_COLUMNS);
