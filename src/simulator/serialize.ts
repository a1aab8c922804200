import type { Snapshot } from '../scp/snapshot-schema.ts';
import type { VolumeType } from '../scp/volume-type-schema.ts';
import type { Server, Volume } from '../scp/volume-schema.ts';
import type { ApiVersion } from './api-version.ts';
import type { VolumeTypeSpec } from './catalog.ts';
import type { SimServer, SimSnapshot, SimVolume } from './model.ts';

function iso(time: number): string {
  return new Date(time).toISOString();
}

/** The volume as the requested API version shows it. Keys in the API's (alphabetical) order. */
export function volumeToApi(volume: SimVolume, { minor }: ApiVersion): Volume {
  const modifiedAt = volume.modifiedAt === null ? null : iso(volume.modifiedAt);
  return {
    bootable: volume.bootable,
    created_at: iso(volume.createdAt),
    encrypted: volume.encrypted,
    id: volume.id,
    ...(minor >= 2 ? { max_iops: volume.maxIops, max_throughput: volume.maxThroughput } : {}),
    // 1.0 always sends modified_at (null if never modified); from 1.1 it may be left out.
    ...(minor === 0 || modifiedAt !== null ? { modified_at: modifiedAt } : {}),
    multiattach: volume.multiattach,
    name: volume.name,
    servers: volume.servers.map((attachment) => ({
      attached_at: iso(attachment.attachedAt),
      device: attachment.device,
      id: attachment.serverId,
    })),
    size: volume.size,
    snapshot_id: volume.snapshotId,
    state: volume.state,
    user_id: volume.userId,
    volume_image_metadata: volume.image,
    volume_type: volume.volumeType,
    volume_type_id: volume.volumeTypeId,
    ...(minor >= 4 ? { zone: volume.zone } : {}),
  };
}

/** ShowServer: the identity and state the drawer needs, plus the usual descriptive fields. */
export function serverToApi(server: SimServer, volumes: readonly SimVolume[]): Server {
  return {
    account_id: server.accountId,
    created_at: iso(server.createdAt),
    created_by: server.createdBy,
    disk_config: 'DEFAULT',
    id: server.id,
    image_id: server.imageId,
    keypair_name: server.keypairName,
    locked: false,
    metadata: {},
    modified_at: iso(server.modifiedAt),
    name: server.name,
    server_type: {
      disk: 0,
      ephemeral: 0,
      extra_specs: {},
      id: server.serverType.id,
      name: server.serverType.name,
      ram: server.serverType.ram,
      swap: 0,
      vcpus: server.serverType.vcpus,
    },
    state: server.state,
    volumes: volumes.map((volume) => ({
      delete_on_termination: volume.bootable,
      id: volume.id,
    })),
    vpc_id: server.vpcId,
  };
}

/** ListSnapshots' and ShowSnapshot's item. */
export function snapshotToApi(snapshot: SimSnapshot): Snapshot {
  return {
    created_at: iso(snapshot.createdAt),
    description: snapshot.description,
    id: snapshot.id,
    metadata: { ...snapshot.metadata },
    name: snapshot.name,
    size: snapshot.size,
    status: snapshot.status,
    updated_at: snapshot.updatedAt === null ? null : iso(snapshot.updatedAt),
    user_id: snapshot.userId,
    volume_id: snapshot.volumeId,
  };
}

/** A volume type; Cinder spells the multi-attach capability `<is> True` and leaves it out otherwise. */
export function volumeTypeToApi(type: VolumeTypeSpec): VolumeType {
  return {
    description: type.description,
    extra_specs: type.multiattach ? { multiattach: '<is> True' } : {},
    id: type.id,
    name: type.name,
  };
}
