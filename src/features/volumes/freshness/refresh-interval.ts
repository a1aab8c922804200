import { TRANSITIONAL_STATES } from '../../../scp/volume-states.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';

export const FAST_REFRESH_MS = 5_000;
export const SLOW_REFRESH_MS = 30_000;

/**
 * How often the visible page refreshes: fast while a visible volume is mid-transition (its
 * state will change by itself), slow otherwise, never when switched off or after an error
 * (a failing upstream should not be polled; Retry is one click away). TanStack Query already
 * pauses intervals while the tab is hidden (refetchIntervalInBackground is false).
 */
export function refreshInterval(
  auto: boolean,
  data: VolumeList | undefined,
  failed: boolean,
): number | false {
  if (!auto || failed) return false;
  const busy = data?.volumes.some((volume) => TRANSITIONAL_STATES.has(volume.state)) ?? false;
  return busy ? FAST_REFRESH_MS : SLOW_REFRESH_MS;
}
