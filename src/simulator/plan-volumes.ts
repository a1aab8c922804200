import { KNOWN_STATES } from '../scp/volume-states.ts';
import { VOLUME_TYPES, type VolumeTypeSpec } from './catalog.ts';
import { chance, weightedPicker, type Rng } from './random.ts';

/** What a volume is before it gets names, sizes and times: its state, role and attachments. */
export interface VolumePlan {
  state: string;
  bootable: boolean;
  type: VolumeTypeSpec;
  /** Servers listed in `servers`; an `attaching` volume has none yet but one pending. */
  attachCount: number;
  pending: boolean;
  special: 'html-name' | 'partial-image' | null;
}

/** Mostly available or in-use, as in a real account; the rest spread over every other state. */
const pickState = weightedPicker<string>([
  ['available', 33],
  ['in-use', 57],
  ['error', 2],
  ['creating', 0.8],
  ['attaching', 0.7],
  ['detaching', 0.7],
  ['backing-up', 0.8],
  ['deleting', 0.6],
  ['extending', 0.5],
  ['downloading', 0.4],
  ['reserved', 0.3],
  ['awaiting-transfer', 0.3],
  ['restoring-backup', 0.3],
  ['maintenance', 0.3],
  ['reverting', 0.2],
  ['error_extending', 0.3],
  ['error_deleting', 0.3],
  ['error_backing-up', 0.3],
  ['error_restoring', 0.2],
  ['error_managing', 0.2],
]);

const pickBootType = weightedPicker<VolumeTypeSpec>([
  [VOLUME_TYPES.SSD, 75],
  [VOLUME_TYPES.SSD_KMS, 15],
  [VOLUME_TYPES.HDD, 10],
]);

const pickDataType = weightedPicker<VolumeTypeSpec>([
  [VOLUME_TYPES.SSD, 50],
  [VOLUME_TYPES.HDD, 20],
  [VOLUME_TYPES.SSD_MultiAttach, 8],
  [VOLUME_TYPES.SSD_KMS, 14],
  [VOLUME_TYPES.HDD_KMS, 8],
]);

const pickFanout = weightedPicker([
  [1, 40],
  [2, 30],
  [3, 15],
  [4, 8],
  [5, 7],
]);

/**
 * The first plans are a fixed showcase so every filter combination has hits even in a small
 * account: the HTML-named volume, a partial image, fan-outs of 2/3/5, then every known state
 * both bootable and not. The rest are drawn from the weights.
 */
export function planVolumes(rng: Rng, count: number): VolumePlan[] {
  const showcase: VolumePlan[] = [
    { ...plan(rng, 'available', false, VOLUME_TYPES.SSD), special: 'html-name' },
    { ...plan(rng, 'in-use', true, VOLUME_TYPES.SSD), special: 'partial-image' },
    ...[2, 3, 5].map((fanout) => ({
      ...plan(rng, 'in-use', false, VOLUME_TYPES.SSD_MultiAttach),
      attachCount: fanout,
    })),
    ...KNOWN_STATES.flatMap((state) => [false, true].map((bootable) => plan(rng, state, bootable))),
  ];
  const plans = showcase.slice(0, count);
  while (plans.length < count) {
    const state = pickState(rng);
    plans.push(plan(rng, state, chance(rng, bootChance(state))));
  }
  return plans;
}

function plan(rng: Rng, state: string, bootable: boolean, type?: VolumeTypeSpec): VolumePlan {
  const chosen = type ?? (bootable ? pickBootType(rng) : pickDataType(rng));
  return {
    state,
    bootable,
    type: chosen,
    attachCount: attachCount(rng, state, chosen),
    pending: state === 'attaching',
    special: null,
  };
}

function bootChance(state: string): number {
  if (state === 'in-use') return 0.42;
  if (state === 'available') return 0.12;
  return state.startsWith('error') ? 0.25 : 0.2;
}

/** in-use ⇒ attached; available ⇒ not; only multiattach volumes have several servers. */
function attachCount(rng: Rng, state: string, type: VolumeTypeSpec): number {
  if (state === 'in-use') return type.multiattach ? pickFanout(rng) : 1;
  if (state === 'detaching') return 1;
  if (state === 'backing-up') return chance(rng, 0.5) ? 1 : 0;
  return 0;
}
