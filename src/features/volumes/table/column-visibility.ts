import type { ColumnVisibilityState } from '@tanstack/react-table';
import { createStoredValue } from '../../../lib/stored-value.ts';

const ALL_VISIBLE: ColumnVisibilityState = {};

function decode(raw: unknown): ColumnVisibilityState | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const state: ColumnVisibilityState = {};
  for (const [id, visible] of Object.entries(raw)) {
    if (typeof visible === 'boolean') state[id] = visible;
  }
  return state;
}

/** Which columns are shown: a personal preference, so localStorage rather than the URL. */
export const columnVisibilityStore = createStoredValue('scp-volumes.columns', decode, ALL_VISIBLE);
