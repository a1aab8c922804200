import { TRANSITIONAL_STATES } from '../scp/volume-states.ts';
import { DEFAULT_REGION, MAX_VOLUME_SIZE_GB, regionSeed, type VolumeTypeSpec, zonesOf } from './catalog.ts';
import { generateServers, ServerAllocator } from './generate-servers.ts';
import { imageMetadata, PARTIAL_IMAGE_METADATA, pickImage } from './image-metadata.ts';
import type { SimAccount, SimAttachment, SimServer, SimVolume } from './model.ts';
import {
  bootVolumeName,
  dataVolumeName,
  looseVolumeName,
  orphanBootName,
  sharedVolumeName,
} from './names.ts';
import { generateSnapshots } from './generate-snapshots.ts';
import { planVolumes, type VolumePlan } from './plan-volumes.ts';
import { quotaLimits } from './quota.ts';
import { chance, createRng, hex, int, pick, uuid, weightedPicker, type Rng } from './random.ts';

/** Exactly one volume carries markup in its name, for the UI's escaping tests. */
export const HTML_VOLUME_NAME = '<img src=x onerror=alert(1)>';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const TWO_YEARS_MS = 730 * DAY_MS;
/** "Minutes to a few hours ago": how far back a volume caught mid-operation started it. */
export const RECENT_MAX_MINUTES = 360;
/** States of a brand-new volume: its creation, not just its last change, is recent. */
const NEW_VOLUME_STATES: ReadonlySet<string> = new Set(['creating', 'downloading']);

export interface GenerateOptions {
  seed: string;
  volumeCount: number;
  /**
   * The account's "now": every timestamp is at or before it, and the simulator passes its start
   * time, so a volume still creating reads "minutes ago" whatever the day.
   */
  referenceTime: number;
  /** The region this part of the account lives in (its zones and, but for the default, its seed). */
  region?: string;
}

interface Context {
  rng: Rng;
  allocator: ServerAllocator;
  pickUser: (rng: Rng) => string;
  referenceTime: number;
  zones: readonly string[];
}

/**
 * A whole account, fully determined by the seed, the count and the reference time. Every
 * timestamp is the reference time minus an offset drawn from the seed, so a later reference
 * shifts the whole account and changes nothing else (no order, no state).
 */
export function generateAccount({
  seed,
  volumeCount,
  referenceTime,
  region = DEFAULT_REGION,
}: GenerateOptions): SimAccount {
  const ownSeed = regionSeed(seed, region);
  const rng = createRng(`scp-simulator:${ownSeed}`);
  const zones = zonesOf(region);
  const plans = planVolumes(rng, volumeCount);
  const accountId = hex(rng, 32);
  // A handful of people create most volumes, one of them far more than the rest.
  const pickUser = weightedPicker([5, 3, 2, 1, 1].map((weight) => [hex(rng, 32), weight] as const));
  let boots = 0;
  let attachments = 0;
  for (const plan of plans) {
    const needed = plan.attachCount + (plan.pending ? 1 : 0);
    attachments += needed;
    if (plan.bootable && needed > 0) boots++;
  }
  // About 2.4 attachments a server, and at least one server per boot volume.
  const serverCount = attachments === 0 ? 0 : Math.max(boots, Math.ceil(attachments / 2.4));
  const servers = generateServers(rng, serverCount, referenceTime, accountId, zones);
  const context: Context = {
    rng,
    allocator: new ServerAllocator(rng, servers),
    pickUser,
    referenceTime,
    zones,
  };
  const volumes: SimVolume[] = [];
  for (const plan of plans) volumes.push(buildVolume(context, plan));
  const snapshots = generateSnapshots(volumes, { seed: ownSeed, referenceTime });
  const usage = { volumes: volumes.length, snapshots: snapshots.length, gigabytes: 0 };
  for (const item of [...volumes, ...snapshots]) usage.gigabytes += item.size;
  return { accountId, volumes, servers, snapshots, quota: quotaLimits(region, usage) };
}

function buildVolume(
  { rng, allocator, pickUser, referenceTime: now, zones }: Context,
  plan: VolumePlan,
): SimVolume {
  const id = uuid(rng);
  const needed = plan.attachCount + (plan.pending ? 1 : 0);
  const boot = needed > 0 && plan.bootable ? allocator.boot() : null;
  const slots = boot ? [boot] : needed > 0 ? allocator.data(needed) : [];
  const server: SimServer | undefined = slots[0]?.server;

  let createdAt = now - Math.floor(rng() ** 1.2 * TWO_YEARS_MS);
  if (NEW_VOLUME_STATES.has(plan.state)) createdAt = now - int(rng, 1, RECENT_MAX_MINUTES / 2) * MINUTE_MS;
  else if (plan.bootable && server) createdAt = server.createdAt;

  const attachments: SimAttachment[] = [];
  for (const slot of slots) {
    const from = Math.max(createdAt, slot.server.createdAt);
    const window = Math.min(now - from, plan.bootable ? MINUTE_MS : 7 * DAY_MS);
    attachments.push({
      serverId: slot.server.id,
      device: slot.device,
      attachedAt: from + Math.floor(rng() * window),
    });
  }
  const pendingAttachment = plan.pending ? (attachments.pop() ?? null) : null;

  const { image, size: drawn } = imageAndSize(rng, plan, server);
  // An extension must have room to grow: churn settles it at a larger size.
  const size = plan.state === 'extending' ? Math.min(drawn, MAX_VOLUME_SIZE_GB / 2) : drawn;
  const performance = chance(rng, 0.12) ? null : performanceOf(rng, plan.type);
  return {
    id,
    name: volumeName(rng, plan, server, createdAt),
    state: plan.state,
    size,
    volumeType: plan.type.name,
    volumeTypeId: plan.type.id,
    bootable: plan.bootable,
    encrypted: plan.type.encrypted,
    multiattach: plan.type.multiattach,
    createdAt,
    modifiedAt: modifiedAt(rng, plan.state, attachments, createdAt, now),
    snapshotId: !plan.bootable && chance(rng, 0.1) ? uuid(rng) : null,
    userId: pickUser(rng),
    servers: attachments,
    image,
    maxIops: performance?.iops ?? null,
    maxThroughput: performance?.throughput ?? null,
    zone: server?.zone ?? pick(rng, zones),
    pendingAttachment,
  };
}

function volumeName(
  rng: Rng,
  plan: VolumePlan,
  server: SimServer | undefined,
  createdAt: number,
): string | null {
  if (plan.special === 'html-name') return HTML_VOLUME_NAME;
  if (plan.type.multiattach && server) return sharedVolumeName(rng);
  if (server) return plan.bootable ? bootVolumeName(rng, server.name) : dataVolumeName(rng, server.name);
  if (plan.bootable && chance(rng, 0.7)) return orphanBootName(rng);
  return looseVolumeName(rng, createdAt);
}

/** Boot volumes are at least as large as their image's min_disk; data volumes skew small. */
function imageAndSize(rng: Rng, plan: VolumePlan, server: SimServer | undefined) {
  if (plan.special === 'partial-image') return { image: PARTIAL_IMAGE_METADATA, size: bootSize(rng, 8) };
  if (!plan.bootable) return { image: null, size: dataSize(rng) };
  if (chance(rng, 0.08)) return { image: null, size: bootSize(rng, 16) };
  const spec = pickImage(rng, server?.name ?? null);
  if (server) server.imageId = spec.id;
  return { image: imageMetadata(spec), size: bootSize(rng, spec.minDisk) };
}

// prettier-ignore
const pickBootSize = weightedPicker([[16, 2], [32, 3], [50, 3], [100, 4], [128, 1], [200, 1], [500, 0.3]]);

function bootSize(rng: Rng, minDisk: number): number {
  return Math.max(pickBootSize(rng), minDisk, 8);
}

// prettier-ignore
const pickDataSize = weightedPicker([
  [8, 2], [10, 3], [16, 3], [20, 3], [32, 3], [50, 4], [64, 2], [100, 6], [128, 2], [200, 4],
  [256, 2], [500, 4], [512, 2], [1024, 4], [2048, 2], [4096, 1.2], [8192, 0.5], [16384, 0.2],
]);

/** Common sizes, weighted small, plus some odd ones (people type numbers like 104). */
function dataSize(rng: Rng): number {
  return chance(rng, 0.15) ? int(rng, 8, 1000) : pickDataSize(rng);
}

function performanceOf(rng: Rng, type: VolumeTypeSpec): { iops: number; throughput: number } {
  if (type.hdd) return { iops: pick(rng, [500, 1000]), throughput: pick(rng, [60, 120]) };
  return { iops: pick(rng, [3000, 5000, 8000, 16000]), throughput: pick(rng, [125, 250, 500, 1000]) };
}

/** Never before creation or the last attachment; recent for volumes caught mid-transition. */
function modifiedAt(rng: Rng, state: string, attachments: SimAttachment[], createdAt: number, now: number) {
  let last = createdAt;
  for (const attachment of attachments) last = Math.max(last, attachment.attachedAt);
  if (TRANSITIONAL_STATES.has(state))
    return Math.max(last, now - int(rng, 1, RECENT_MAX_MINUTES) * MINUTE_MS);
  if (attachments.length === 0 && chance(rng, 0.08)) return null;
  return last + Math.floor(rng() * (now - last));
}
