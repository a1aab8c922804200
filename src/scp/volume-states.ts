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

/**
 * The groups operators think in. Every known state is in exactly one, so the group counts add
 * up to the total (unknown states aside). The API takes one `state` per request: the proxy
 * answers a group by merging one list per state (`state_group`, src/proxy/region-plan.ts).
 */
export const STATE_GROUPS = {
  available: ['available'],
  'in-use': ['in-use'],
  transitional: KNOWN_STATES.filter(
    (state) => state !== 'available' && state !== 'in-use' && !state.startsWith('error'),
  ),
  errors: KNOWN_STATES.filter((state) => state.startsWith('error')),
} as const satisfies Record<string, readonly KnownState[]>;

export type StateGroup = keyof typeof STATE_GROUPS;

/**
 * States a volume moves on from by itself: worth refreshing often while one is visible. All the
 * transitional group but `awaiting-transfer`, which waits for a person to accept the transfer.
 */
export const TRANSITIONAL_STATES: ReadonlySet<string> = new Set(
  STATE_GROUPS.transitional.filter((state) => state !== 'awaiting-transfer'),
);

export const STATE_GROUP_NAMES = Object.keys(STATE_GROUPS) as StateGroup[];

export function isStateGroup(value: string): value is StateGroup {
  return (STATE_GROUP_NAMES as readonly string[]).includes(value);
}
