import { SERVER_TYPES } from './catalog.ts';
import type { SimServer } from './model.ts';
import { createServerNamer } from './names.ts';
import { chance, hex, int, pick, uuid, weightedPicker, type Rng } from './random.ts';

const DAY_MS = 86_400_000;
const TWO_YEARS_MS = 730 * DAY_MS;

const pickServerState = weightedPicker([
  ['ACTIVE', 85],
  ['SHUTOFF', 12],
  ['ERROR', 3],
]);

export function generateServers(
  rng: Rng,
  count: number,
  referenceTime: number,
  accountId: string,
  zones: readonly string[],
): SimServer[] {
  const nextName = createServerNamer(rng);
  const servers: SimServer[] = [];
  for (let i = 0; i < count; i++) {
    const createdAt = referenceTime - DAY_MS - Math.floor(rng() * (TWO_YEARS_MS - DAY_MS));
    servers.push({
      id: uuid(rng),
      name: nextName(),
      state: pickServerState(rng),
      zone: pick(rng, zones),
      accountId,
      createdBy: hex(rng, 32),
      createdAt,
      modifiedAt: createdAt + Math.floor(rng() * (referenceTime - createdAt)),
      imageId: null,
      keypairName: chance(rng, 0.8) ? `keypair-${pick(rng, ['ops', 'dev', 'infra', '운영'])}` : null,
      vpcId: `vpc-${hex(rng, 8)}`,
      serverType: pick(rng, SERVER_TYPES),
    });
  }
  return servers;
}

/**
 * Hands out servers for attachments. Boot volumes take servers in order (one each, /dev/vda);
 * data volumes favour a "heavy" tenth of the servers, so some servers hold several volumes.
 */
export class ServerAllocator {
  private nextBoot = 0;
  private readonly nextDevice: Uint16Array;
  private readonly heavy: number;

  constructor(
    private readonly rng: Rng,
    readonly servers: readonly SimServer[],
  ) {
    this.nextDevice = new Uint16Array(servers.length).fill(1);
    this.heavy = Math.max(1, Math.ceil(servers.length / 10));
  }

  boot(): { server: SimServer; device: string } | null {
    const server = this.servers[this.nextBoot];
    if (server === undefined) return null;
    this.nextBoot++;
    return { server, device: deviceName(0) };
  }

  /** `count` distinct servers in one zone (a multiattach volume cannot span zones). */
  data(count: number): { server: SimServer; device: string }[] {
    const chosen: number[] = [];
    for (let attempt = 0; chosen.length < count && attempt < count * 30; attempt++) {
      const index = chance(this.rng, 0.3)
        ? int(this.rng, 0, this.heavy - 1)
        : int(this.rng, 0, this.servers.length - 1);
      const first = chosen[0] === undefined ? undefined : this.servers[chosen[0]];
      if (chosen.includes(index) || (first && this.servers[index]?.zone !== first.zone)) continue;
      chosen.push(index);
    }
    const slots: { server: SimServer; device: string }[] = [];
    for (const index of chosen) {
      const server = this.servers[index];
      if (server === undefined) continue;
      const device = this.nextDevice[index] ?? 1;
      this.nextDevice[index] = device + 1;
      slots.push({ server, device: deviceName(device) });
    }
    return slots;
  }
}

/** vda, vdb … vdz, then vdaa like the kernel names them. */
export function deviceName(index: number): string {
  const suffix =
    index < 26
      ? String.fromCharCode(97 + index)
      : String.fromCharCode(96 + Math.floor(index / 26), 97 + (index % 26));
  return `/dev/vd${suffix}`;
}
