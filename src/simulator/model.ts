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

export interface SimAccount {
  volumes: SimVolume[];
  servers: SimServer[];
}
