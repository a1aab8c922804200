import { TRANSITIONAL_STATES } from '../../../scp/volume-states.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';

export const FAST_REFRESH_MS = 5_000;
export const SLOW_REFRESH_MS = 30_000;
/** The longest wait between refreshes while the API keeps failing. */
export const MAX_BACKOFF_MS = 5 * 60_000;

/**
 * How often the visible page refreshes: fast while a visible volume is mid-transition (its
 * state will change by itself), slow otherwise, never when switched off. After failed
 * refreshes it keeps trying while the switch is on, backing off (10 s, 20 s, 40 s … 5 min) so a
 * failing upstream is not hammered, and the page recovers by itself when the API does.
 * TanStack Query already pauses intervals while the tab is hidden.
 */
export function refreshInterval(
  auto: boolean,
  data: VolumeList | undefined,
  failures: number,
): number | false {
  if (!auto) return false;
  if (failures > 0) return Math.min(FAST_REFRESH_MS * 2 ** failures, MAX_BACKOFF_MS);
  const busy = data?.volumes.some((volume) => TRANSITIONAL_STATES.has(volume.state)) ?? false;
  return busy ? FAST_REFRESH_MS : SLOW_REFRESH_MS;
}
