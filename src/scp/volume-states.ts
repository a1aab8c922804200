/**
 * Volume states SCP is known to report. The API may send others: any string is a valid state
 * and is shown verbatim; this list only drives colours, filters and "transitional" refreshes.
 */
export const KNOWN_STATES = [
  'available',
  'in-use',
  'creating',
  'attaching',
  'detaching',
  'reserved',
  'awaiting-transfer',
  'downloading',
  'extending',
  'deleting',
  'backing-up',
  'restoring-backup',
  'reverting',
  'maintenance',
  'error',
  'error_extending',
  'error_deleting',
  'error_restoring',
  'error_backing-up',
  'error_managing',
] as const;

export type KnownState = (typeof KNOWN_STATES)[number];

/** States a volume moves on from by itself: worth refreshing often while one is visible. */
export const TRANSITIONAL_STATES: ReadonlySet<string> = new Set([
  'creating',
  'attaching',
  'detaching',
  'reserved',
  'downloading',
  'extending',
  'deleting',
  'backing-up',
  'restoring-backup',
  'reverting',
  'maintenance',
]);

export type StateTone = 'ok' | 'busy' | 'error' | 'neutral';

export function stateTone(state: string): StateTone {
  if (state === 'available' || state === 'in-use') return 'ok';
  if (state.startsWith('error')) return 'error';
  if (TRANSITIONAL_STATES.has(state)) return 'busy';
  return 'neutral';
}
