import { createHash } from 'node:crypto';
import type { Volume } from '../scp/volume-schema.ts';
import type { ObservedVolume } from './model.ts';

/** A zone-less date-time is read as UTC (scp-api.md §4); anything unparseable is null. */
export function parseInstant(value: string | null | undefined): number | null {
  if (!value) return null;
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? null : time;
}

/**
 * One listed volume as the inventory stores it. The hash covers the whole object as SCP sent
 * it plus the attached servers' names, so any change SCP shows (or a server renamed) is a new
 * version, while the event kinds look only at the columns they are about.
 */
export function observeVolume(
  volume: Volume,
  region: string,
  serverName: (id: string) => string | null,
): ObservedVolume {
  const { region: _taggedByProxy, ...object } = volume;
  const raw = JSON.stringify(object);
  const serverIds = (volume.servers ?? []).map((server) => server.id);
  const serverNames = serverIds.map(serverName);
  const hash = createHash('sha1')
    .update(raw)
    .update('\0')
    .update(JSON.stringify(serverNames))
    .digest('base64');
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
