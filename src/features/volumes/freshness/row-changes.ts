import type { Volume } from '../../../scp/volume-schema.ts';

/** What counts as a change worth pointing out: state, size and attachments. */
export function volumeSignature(volume: Volume): string {
  const servers = (volume.servers ?? []).map((server) => `${server.id}@${server.device ?? ''}`).sort();
  return `${volume.state}|${volume.size}|${servers.join(',')}`;
}

/** Ids of volumes present in both lists whose signature differs. New or gone rows are not "changed". */
export function changedVolumes(previous: readonly Volume[], next: readonly Volume[]): Volume[] {
  const before = new Map(previous.map((volume) => [volume.id, volumeSignature(volume)]));
  return next.filter((volume) => {
    const old = before.get(volume.id);
    return old !== undefined && old !== volumeSignature(volume);
  });
}

/**
 * Volumes on the new page that were not on the one before (created, or moved in by the sort:
 * with `modified_at:desc` these are the most interesting rows of a refresh).
 */
export function arrivedVolumes(previous: readonly Volume[], next: readonly Volume[]): Volume[] {
  const before = new Set(previous.map((volume) => volume.id));
  return next.filter((volume) => !before.has(volume.id));
}
