import { createHash } from 'node:crypto';
import type { Volume } from '../scp/volume-schema.ts';
import type { ObservedVolume, SnapshotRecord } from './model.ts';

/** A zone-less date-time is read as UTC (scp-api.md §4); anything unparseable is null. */
export function parseInstant(value: string | null | undefined): number | null {
  if (!value) return null;
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? null : time;
}

const byId = (a: SnapshotRecord, b: SnapshotRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One listed volume as the inventory stores it. The hash covers the whole object as SCP sent
 * it plus the attached servers' names, so any change SCP shows (or a server renamed) is a new
 * version, while the event kinds look only at the columns they are about. It covers the ids of
 * the volume's snapshots too (a snapshot taken and another deleted is a change even when the
 * count and GB stay), but only when it has some: a volume without snapshots hashes as it did
 * before snapshots were recorded, so an upgraded inventory does not see most volumes change.
 */
export function observeVolume(
  volume: Volume,
  region: string,
  serverName: (id: string) => string | null,
  snapshotsOf: (id: string) => readonly SnapshotRecord[] = () => [],
): ObservedVolume {
  const { region: _taggedByProxy, ...object } = volume;
  const raw = JSON.stringify(object);
  const serverIds = (volume.servers ?? []).map((server) => server.id);
  const serverNames = serverIds.map(serverName);
  const snapshots = [...snapshotsOf(volume.id)].sort(byId);
  const digest = createHash('sha1').update(raw).update('\0').update(JSON.stringify(serverNames));
  if (snapshots.length > 0) digest.update('\0').update(snapshots.map((snapshot) => snapshot.id).join(','));
  const hash = digest.digest('base64');
  return {
    id: volume.id,
    region,
    name: volume.name ?? null,
    state: volume.state,
    sizeGb: volume.size,
    volumeType: volume.volume_type ?? null,
    encrypted: volume.encrypted === true,
    multiattach: volume.multiattach === true,
    bootable: volume.bootable,
    serverIds,
    serverNames,
    createdAt: parseInstant(volume.created_at),
    snapshots,
    raw,
    hash,
  };
}

/**
 * What `q` searches: the name, the id, and each attached server's id and name, lower-cased,
 * one per line so a match never spans two of them.
 */
export function searchText(
  volume: Pick<ObservedVolume, 'id' | 'name' | 'serverIds' | 'serverNames'>,
): string {
  return [volume.name ?? '', volume.id, ...volume.serverIds, ...volume.serverNames.map((name) => name ?? '')]
    .join('\n')
    .toLowerCase();
}
