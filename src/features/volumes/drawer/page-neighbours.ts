import type { Volume } from '../../../scp/volume-schema.ts';

export interface Neighbours {
  /** Position on the current page, or -1 when the volume came from a deep link to another page. */
  index: number;
  previous: Volume | null;
  next: Volume | null;
}

/** Previous and next volume on the current page; both null when the volume is not on it. */
export function pageNeighbours(pageVolumes: readonly Volume[], volumeId: string): Neighbours {
  const index = pageVolumes.findIndex((volume) => volume.id === volumeId);
  if (index === -1) return { index, previous: null, next: null };
  return {
    index,
    previous: pageVolumes[index - 1] ?? null,
    next: pageVolumes[index + 1] ?? null,
  };
}
