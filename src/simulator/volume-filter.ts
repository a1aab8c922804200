import type { SimVolume } from './model.ts';

/** ListVolumes filters; null means "not filtered on". */
export interface VolumeFilter {
  name: string | null;
  state: string | null;
  bootable: boolean | null;
}

export function isUnfiltered({ name, state, bootable }: VolumeFilter): boolean {
  return name === null && state === null && bootable === null;
}

/** Filters combine with AND; `name` is an exact match, as in Cinder. */
export function matches(volume: SimVolume, { name, state, bootable }: VolumeFilter): boolean {
  return (
    (name === null || volume.name === name) &&
    (state === null || volume.state === state) &&
    (bootable === null || volume.bootable === bootable)
  );
}

export function filterCacheKey({ name, state, bootable }: VolumeFilter): string {
  return JSON.stringify([name, state, bootable]);
}
