import { DEFAULT_REGION, MAX_VOLUME_SIZE_GB } from './catalog.ts';
import { UNLIMITED } from '../scp/quota-limit.ts';
import type { SimQuotaLimits } from './model.ts';

export interface Usage {
  volumes: number;
  snapshots: number;
  /** GB of volumes plus GB of snapshots: what Cinder's `gigabytes` counts by default. */
  gigabytes: number;
}

/** The smallest limit (a multiple of `step`) that puts `used` at about `share` of it. */
function limitFor(used: number, share: number, step: number): number {
  return Math.max(step, Math.ceil(used / share / step) * step);
}

/**
 * Limits fitted to the generated account, so each region's gauges tell their own story: the
 * default region close to its limits (volumes about 85 %, storage about 97 %) with unlimited
 * snapshots; any other region roomy in volumes, unlimited in storage, snapshots about 88 %.
 */
export function quotaLimits(region: string, usage: Usage): SimQuotaLimits {
  if (region === DEFAULT_REGION) {
    return {
      volumes: limitFor(usage.volumes, 0.85, 1),
      snapshots: UNLIMITED,
      gigabytes: limitFor(usage.gigabytes, 0.97, 10),
      perVolumeGigabytes: MAX_VOLUME_SIZE_GB,
    };
  }
  return {
    volumes: limitFor(usage.volumes, 0.55, 10),
    snapshots: limitFor(usage.snapshots, 0.88, 1),
    gigabytes: UNLIMITED,
    perVolumeGigabytes: MAX_VOLUME_SIZE_GB,
  };
}

/** Whether `extra` more fits under `limit` (Cinder refuses a create that would go over). */
export function fits(used: number, extra: number, limit: number): boolean {
  return limit === UNLIMITED || used + extra <= limit;
}

/**
 * ShowVolumeQuotaSet, counted live from the store: every volume and snapshot it lists counts,
 * whatever its state (Cinder releases quota only when a delete finishes). Nothing is ever
 * `reserved` here: Cinder commits a reservation as soon as the record exists, so a real
 * account shows it only for an instant. `per_volume_size` is a limit on each volume, with no
 * usage of its own (Cinder answers 0).
 */
export function quotaSetToApi(id: string, limits: SimQuotaLimits, usage: Usage) {
  const quota = (inUse: number, limit: number) => ({ in_use: inUse, limit, reserved: 0 });
  return {
    id,
    per_volume_size: quota(0, limits.perVolumeGigabytes),
    snapshots: quota(usage.snapshots, limits.snapshots),
    usages: quota(usage.gigabytes, limits.gigabytes),
    volumes: quota(usage.volumes, limits.volumes),
  };
}
