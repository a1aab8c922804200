import { randomBytes, scrypt, type ScryptOptions, timingSafeEqual } from 'node:crypto';

/**
 * Password hashes for SCP_DASHBOARD_USERS: scrypt from node:crypto, written as
 * `scrypt.N.r.p.salt.key` (base64url). Dots and base64url only, so a hash survives shells,
 * .env files (no `$` to expand), YAML and the `name:hash,name:hash` list unquoted.
 */
export interface PasswordHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

const DEFAULTS = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
// Generous: N=2^17, r=16 needs 256 MiB; anything more is a typo, not a stronger hash.
const MAX_MEMORY = 512 * 1024 * 1024;
const FORMAT = /^scrypt\.(\d{1,7})\.(\d{1,3})\.(\d{1,3})\.([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{32,})$/;

function derive(password: string, salt: Buffer, keyBytes: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyBytes, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, DEFAULTS);
  const { N, r, p } = DEFAULTS;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('.');
}

/** null when the text is not a hash this module wrote (the caller names the user). */
export function parsePasswordHash(text: string): PasswordHash | null {
  const match = FORMAT.exec(text.trim());
  if (!match) return null;
  const [, n, r, p, salt, key] = match;
  const hash = {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt ?? '', 'base64url'),
    key: Buffer.from(key ?? '', 'base64url'),
  };
  const powerOfTwo = hash.N > 1 && (hash.N & (hash.N - 1)) === 0;
  if (!powerOfTwo || hash.r < 1 || hash.p < 1 || 128 * hash.N * hash.r > MAX_MEMORY) return null;
  return hash;
}

/** Constant-time on the derived key, so the comparison tells nothing about how close a guess was. */
export async function verifyPassword(password: string, hash: PasswordHash): Promise<boolean> {
  const { N, r, p } = hash;
  const key = await derive(password, hash.salt, hash.key.byteLength, { N, r, p });
  return timingSafeEqual(key, hash.key);
}
