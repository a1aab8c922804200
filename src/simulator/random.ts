/**
 * A small seeded PRNG: the simulator's data must be identical for the same seed on every
 * machine and Node version, which Math.random cannot give.
 */
export type Rng = () => number;

/** cyrb128: spreads any seed string over four 32-bit words for sfc32. */
function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** sfc32: fast, passes PractRand, and fully determined by its seed. */
export function createRng(seed: string): Rng {
  let [a, b, c, d] = hashSeed(seed);
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** Integer in [min, max], both inclusive. */
export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/**
 * Builds a picker that draws values with probability proportional to their weights. The
 * cumulative table is computed once: the generator draws hundreds of thousands of times.
 */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (rng: Rng) => T {
  if (entries.length === 0) throw new Error('weightedPicker() needs a non-empty list');
  const values = entries.map(([value]) => value);
  const bounds: number[] = [];
  let total = 0;
  for (const [, weight] of entries) bounds.push((total += weight));
  return (rng) => {
    const roll = rng() * total;
    let i = 0;
    while (i < bounds.length - 1 && roll >= (bounds[i] ?? total)) i++;
    return values[i] as T;
  };
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// No inner closures here: tsx wraps every function in a keepNames helper, costly per call.
function hexWord(rng: Rng): string {
  const w = Math.floor(rng() * 0x100000000);
  return hexByte(w >>> 24) + hexByte(w >>> 16) + hexByte(w >>> 8) + hexByte(w);
}

function hexByte(value: number): string {
  return HEX_BYTES[value & 0xff] ?? '00';
}

export function hex(rng: Rng, length: number): string {
  let out = '';
  while (out.length < length) out += hexWord(rng);
  return out.length === length ? out : out.slice(0, length);
}

/** A version-4-shaped UUID drawn from the seeded stream. */
export function uuid(rng: Rng): string {
  const a = hexWord(rng);
  const b = hexWord(rng);
  const c = hexWord(rng);
  const d = hexWord(rng);
  const variant = '89ab'.charAt(parseInt(c.charAt(0), 16) & 0x3);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
