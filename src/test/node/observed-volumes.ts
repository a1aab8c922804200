import { createHash } from 'node:crypto';
import type { ObservedVolume } from '../../inventory/model.ts';

/**
 * Observed volumes for the inventory's tests, written by hand: the fields a test cares about,
 * defaults for the rest, and a hash of the object SCP sent (as observe.ts hashes it): `raw` when
 * the test gives one (a change SCP shows in no field), else all the fields.
 */
export function observedVolume(fields: Partial<ObservedVolume> & { id: string }): ObservedVolume {
  const volume = {
    region: 'kr-west1',
    name: `name-${fields.id}`,
    state: 'available',
    sizeGb: 100,
    volumeType: 'SSD',
    encrypted: false,
    multiattach: false,
    bootable: false,
    serverIds: [],
    serverNames: [],
    createdAt: Date.UTC(2026, 0, 1),
    snapshots: [],
    ...fields,
  };
  const raw = fields.raw ?? JSON.stringify({ ...volume, raw: undefined, hash: undefined });
  return { ...volume, raw, hash: createHash('sha1').update(raw).digest('base64') };
}

/** The same volume attached to these servers (in-use), named `name-<id>`. */
export function attachedTo(volume: ObservedVolume, ...serverIds: string[]): ObservedVolume {
  return observedVolume({
    ...volume,
    // SCP's object changes with its servers: made again from the fields.
    raw: undefined,
    state: serverIds.length > 0 ? 'in-use' : 'available',
    serverIds,
    serverNames: serverIds.map((id) => `name-${id}`),
  });
}
