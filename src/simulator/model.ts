import type { ImageMetadata } from '../scp/volume-schema.ts';

/**
 * The simulator's own records. Timestamps are epoch ms so sorting and churn never parse
 * strings; the API shape per version is produced only when a response is written.
 */
export interface SimAttachment {
  serverId: string;
  device: string;
  attachedAt: number;
}

export interface SimVolume {
  id: string;
  name: string | null;
  state: string;
  size: number;
  volumeType: string;
  volumeTypeId: string;
  bootable: boolean;
  encrypted: boolean;
  multiattach: boolean;
  createdAt: number;
  modifiedAt: number | null;
  snapshotId: string | null;
  userId: string;
  servers: SimAttachment[];
  image: ImageMetadata | null;
  maxIops: number | null;
  maxThroughput: number | null;
  zone: string;
  /** An `attaching` volume's attachment-to-be, listed once churn settles it as `in-use`. */
  pendingAttachment: SimAttachment | null;
}

export interface SimServerType {
  id: string;
  name: string;
  vcpus: number;
  /** MB, as in the API. */
  ram: number;
}

export interface SimServer {
  id: string;
  name: string;
  state: string;
  zone: string;
  accountId: string;
  createdBy: string;
  createdAt: number;
  modifiedAt: number;
  imageId: string | null;
  keypairName: string | null;
  vpcId: string;
  serverType: SimServerType;
}

/** A snapshot of a volume (Cinder's model, which SCP's ListSnapshots shows). */
export interface SimSnapshot {
  id: string;
  volumeId: string;
  name: string | null;
  description: string | null;
  /** GB: the volume's size when it was taken (Cinder's `volume_size`), so at most the volume's now. */
  size: number;
  status: string;
  createdAt: number;
  updatedAt: number | null;
  userId: string;
  metadata: Record<string, string>;
}

/** The account's limits in one region; -1 is unlimited. Usage is counted live (quota.ts). */
export interface SimQuotaLimits {
  volumes: number;
  snapshots: number;
  /** GB of volumes and snapshots (SCP's `usages`, Cinder's `gigabytes`). */
  gigabytes: number;
  /** The largest volume, in GB (SCP's `per_volume_size`). */
  perVolumeGigabytes: number;
}

export interface SimAccount {
  /** The project's id: also the quota set's. */
  accountId: string;
  volumes: SimVolume[];
  servers: SimServer[];
  snapshots: SimSnapshot[];
  quota: SimQuotaLimits;
}
