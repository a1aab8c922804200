import type { Volume } from '../../../scp/volume-schema.ts';

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
