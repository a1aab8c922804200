import type { ImageMetadata, Volume } from '../../scp/volume-schema.ts';

let sequence = 0;

/** A valid volume with overridable fields; ids are unique per test run. */
export function makeVolume(overrides: Partial<Volume> = {}): Volume {
  sequence += 1;
  const id = `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  return {
    id,
    name: `vol-${sequence}`,
    state: 'available',
    size: 100,
    volume_type: 'SSD',
    bootable: false,
    encrypted: false,
    multiattach: false,
    created_at: '2026-02-11T06:44:40.281Z',
    modified_at: '2026-02-12T06:44:40.281Z',
    servers: [],
    ...overrides,
  };
}

export function makeVolumes(
  count: number,
  overrides: (index: number) => Partial<Volume> = () => ({}),
): Volume[] {
  return Array.from({ length: count }, (_, index) => makeVolume(overrides(index)));
}

const PAGE_STATES = ['available', 'in-use', 'error', 'creating'];

/**
 * The page tests' account: 45 volumes (three pages of 20) named vol-00 to vol-44, the four
 * states in turn (11 in error), every third bootable (15), sizes `sizeStep` GB apart.
 */
export function makePageVolumes(sizeStep: number): Volume[] {
  return makeVolumes(45, (index) => ({
    name: `vol-${String(index).padStart(2, '0')}`,
    state: PAGE_STATES[index % 4],
    size: (index + 1) * sizeStep,
    bootable: index % 3 === 0,
  }));
}

/** Image metadata with every field set. Test data only. Shapes follow scp-api.md §4; values are made up. */
export const FULL_METADATA: ImageMetadata = {
  checksum: '6c5a1f2e3d4b5a69788796a5b4c3d2e1',
  container_format: 'bare',
  disk_format: 'qcow2',
  image_id: '0b2c6f1e-9a8d-4c3b-8e7f-1a2b3c4d5e6f',
  image_name: 'Ubuntu 22.04',
  min_disk: 20,
  min_ram: 2048,
  os_distro: 'ubuntu',
  scp_image_type: 'standard',
  scp_k8s_version: null,
  scp_original_image_type: 'standard',
  signature_verified: true,
  size: 2_361_393_152,
};

/** One volume with every field described and a fixed id, for the drawer's field-by-field tests. */
export function makeDetailedVolume(overrides: Partial<Volume> = {}): Volume {
  return makeVolume({
    id: '11111111-2222-4333-8444-555555555555',
    name: 'db-data-01',
    state: 'in-use',
    size: 100,
    volume_type: 'SSD',
    volume_type_id: 'a1b2c3d4-0000-4000-8000-00000000000a',
    bootable: false,
    encrypted: true,
    multiattach: false,
    created_at: '2026-02-11T06:44:40.281Z',
    modified_at: '2026-02-12T08:00:00.000Z',
    snapshot_id: null,
    user_id: '0123456789abcdef0123456789abcdef',
    servers: [],
    volume_image_metadata: null,
    ...overrides,
  });
}

/** ListVolumeTypes' items: a plain type and a multi-attach one, as Cinder writes the spec. */
export const VOLUME_TYPES = [
  { id: 't-ssd', name: 'SSD', description: 'General-purpose SSD for most workloads.', extra_specs: {} },
  {
    id: 't-shared',
    name: 'SSD_MultiAttach',
    description: 'SSD that several servers can attach at once.',
    extra_specs: { multiattach: '<is> True' },
  },
];
