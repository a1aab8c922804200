import type { StateTone } from '../../../components/state-tone.ts';
import type { DrawerMessages } from '../../../i18n/en/drawer.ts';

/** Cinder's snapshot states that end by themselves (the simulator's snapshot-states.ts). */
const BUSY: ReadonlySet<string> = new Set(['creating', 'deleting', 'backing-up', 'restoring', 'unmanaging']);

/** How a snapshot's status looks: the volume tones, over Cinder's snapshot states. */
export function snapshotTone(status: string): StateTone {
  if (status === 'available') return 'ok';
  if (status.startsWith('error')) return 'error';
  return BUSY.has(status) ? 'busy' : 'neutral';
}

/** The status in words; one SCP sends that this dashboard does not know is shown as sent. */
export function snapshotStatusLabel(
  statuses: DrawerMessages['snapshots']['statuses'],
  status: string,
): string {
  return Object.hasOwn(statuses, status) ? statuses[status as keyof typeof statuses] : status;
}
