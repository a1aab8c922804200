/**
 * Fixed reference data the generator draws from. Ids here are constants (not seeded) so a
 * volume type or image keeps one id across seeds, as it does within one real region.
 */

export interface VolumeTypeSpec {
  name: string;
  id: string;
  /** What ListVolumeTypes says of it: an administrator's words, so English only. */
  description: string;
  encrypted: boolean;
  multiattach: boolean;
  hdd: boolean;
}

export const VOLUME_TYPES = {
  SSD: {
    name: 'SSD',
    description: 'General-purpose SSD for boot disks, databases and most workloads.',
    id: 'c643ac35-3aec-43e6-b97a-3d6f666c5207',
    encrypted: false,
    multiattach: false,
    hdd: false,
  },
  HDD: {
    name: 'HDD',
    description: 'Standard HDD: low-cost capacity for backups, logs and sequential reads.',
    id: '5b3b8a0e-8f6d-4f1c-9a57-2f0c6d1e4b21',
    encrypted: false,
    multiattach: false,
    hdd: true,
  },
  SSD_MultiAttach: {
    name: 'SSD_MultiAttach',
    description: 'SSD that several servers can attach at once, for shared-disk clusters.',
    id: '9e1f4c2a-7d35-4b8e-a6c0-d3f25b9e7a14',
    encrypted: false,
    multiattach: true,
    hdd: false,
  },
  SSD_KMS: {
    name: 'SSD_KMS',
    description: 'SSD encrypted at rest with a key from Key Management Service.',
    id: '2d7e6b91-4c0a-4f3d-8e25-a91b7c6d3f08',
    encrypted: true,
    multiattach: false,
    hdd: false,
  },
  HDD_KMS: {
    name: 'HDD_KMS',
    description: 'HDD encrypted at rest with a key from Key Management Service.',
    id: 'f08a3d5c-1b92-4e67-b3d4-6c5e0a9f1b72',
    encrypted: true,
    multiattach: false,
    hdd: true,
  },
} as const satisfies Record<string, VolumeTypeSpec>;

/** What ShowDefaultVolumeType answers: the type a volume gets when none is named. */
export const DEFAULT_VOLUME_TYPE: VolumeTypeSpec = VOLUME_TYPES.SSD;

/** The largest volume SCP creates, in GB: also each region's `per_volume_size` limit. */
export const MAX_VOLUME_SIZE_GB = 16384;

/** The region a simulator stands in for unless told otherwise. */
export const DEFAULT_REGION = 'kr-west1';

/** Three availability zones per region, as SCP names them (`kr-west1-a`). */
export function zonesOf(region: string): readonly string[] {
  return ['a', 'b', 'c'].map((zone) => `${region}-${zone}`);
}

/**
 * Each region is its own part of the account: another seed gives other volumes and servers.
 * The default region keeps the seed as given, so a one-region account is what it always was.
 */
export function regionSeed(seed: string, region: string): string {
  return region === DEFAULT_REGION ? seed : `${seed}@${region}`;
}

export interface ImageSpec {
  id: string;
  name: string;
  osDistro: string;
  minDisk: number;
  diskFormat: 'qcow2' | 'raw';
  imageType: 'standard' | 'custom';
  k8sVersion: string | null;
  sizeBytes: number;
}

/** OS images as the console lists them; Kubernetes node images carry their k8s version. */
export const IMAGES: readonly ImageSpec[] = [
  image('0b6c1a8e-2f4d-4c3b-9e1a-5d7f8c2b4a61', 'Alma Linux 8.10', 'alma', 16, 1_181_483_008),
  image('1c7d2b9f-3a5e-4d4c-8f2b-6e8a9d3c5b72', 'Alma Linux 9.4', 'alma', 16, 1_073_741_824),
  image('2d8e3cae-4b6f-4e5d-9a3c-7f9bae4d6c83', 'Ubuntu 22.04', 'ubuntu', 16, 2_429_747_200),
  image('3e9f4dbf-5c7a-4f6e-8b4d-8aacbf5e7d94', 'Ubuntu 24.04', 'ubuntu', 16, 2_684_354_560),
  image('4fa05ec0-6d8b-4a7f-9c5e-9bbdc06f8ea5', 'RHEL 8.10', 'rhel', 32, 1_342_177_280),
  image('50b16fd1-7e9c-4b80-8d6f-accd17a09fb6', 'RHEL 9.4', 'rhel', 32, 1_476_395_008),
  image('61c270e2-8fad-4c91-9e70-bdde28b1a0c7', 'Rocky Linux 8.10', 'rocky', 16, 1_207_959_552),
  image('72d381f3-90be-4da2-8f81-ceef39c2b1d8', 'Rocky Linux 9.4', 'rocky', 16, 1_140_850_688),
  image('83e49204-a1cf-4eb3-9092-dff04ad3c2e9', 'Windows Server 2019 Std', 'windows', 100, 11_811_160_064),
  image('94f5a315-b2d0-4fc4-81a3-e0015be4d3fa', 'Windows Server 2022 Std', 'windows', 100, 12_884_901_888),
  k8s('a506b426-c3e1-40d5-92b4-f1126cf5e40b', 'ubuntu', 'v1.28.7'),
  k8s('b617c537-d4f2-41e6-83c5-02237d06f51c', 'ubuntu', 'v1.29.8'),
  k8s('c728d648-e503-42f7-94d6-13348e17062d', 'rocky', 'v1.30.4'),
  custom('d839e759-f614-4308-85e7-24459f28173e', 'golden-web-2025q3', 'rocky', 32),
  custom('e94af86a-0725-4419-96f8-3556a03928af', '결제-표준이미지-v2', 'alma', 50),
];

/** A standard qcow2 image; the Kubernetes node and custom images below differ only in `more`. */
function image(
  id: string,
  name: string,
  osDistro: string,
  minDisk: number,
  sizeBytes: number,
  more: Partial<ImageSpec> = {},
): ImageSpec {
  return {
    id,
    name,
    osDistro,
    minDisk,
    diskFormat: 'qcow2',
    imageType: 'standard',
    k8sVersion: null,
    sizeBytes,
    ...more,
  };
}

function k8s(id: string, osDistro: string, version: string): ImageSpec {
  return image(id, `k8s-node-${osDistro}-${version}`, osDistro, 32, 4_294_967_296, {
    diskFormat: 'raw',
    k8sVersion: version,
  });
}

function custom(id: string, name: string, osDistro: string, minDisk: number): ImageSpec {
  return image(id, name, osDistro, minDisk, 6_442_450_944, { imageType: 'custom' });
}

export const SERVER_TYPES = [
  { id: 's1v2m4', name: 's1v2m4', vcpus: 2, ram: 4096 },
  { id: 's1v4m8', name: 's1v4m8', vcpus: 4, ram: 8192 },
  { id: 's1v8m16', name: 's1v8m16', vcpus: 8, ram: 16384 },
  { id: 's1v16m64', name: 's1v16m64', vcpus: 16, ram: 65536 },
  { id: 'h1v32m128', name: 'h1v32m128', vcpus: 32, ram: 131072 },
] as const;
