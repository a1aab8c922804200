import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { BlockList } from 'node:net';
import type { AuthConfig } from './auth-config.ts';
import { clientAddress, plainAddress } from './client-address.ts';
import { type PasswordHash, verifyPassword } from './password.ts';
import { createSignInThrottle, type SignInThrottle } from './sign-in-throttle.ts';

/** A refused sign-in names what was tried and from where, for the log (never the password). */
export interface FailedSignIn {
  name: string;
  address: string;
}

export type AuthResult =
  | { ok: true; user: string }
  | {
      ok: false;
      status: 401 | 403 | 429;
      message: string;
      challenge: boolean;
      /** With 429: whole seconds until the next attempt is heard. */
      retryAfterSeconds?: number;
      attempt?: FailedSignIn;
    };

export type Authenticate = (req: IncomingMessage) => Promise<AuthResult>;

export const ANONYMOUS = '-';
export const REALM = 'SCP Volumes';
const CACHE_MAX = 256;
const CACHE_TTL_MS = 5 * 60_000;
// Printable, no spaces: a name from a header ends up in log lines.
const SAFE_NAME = /^[\x21-\x7e\u00a0-\uffff]{1,256}$/u;

const challenge = (message: string): AuthResult => ({ ok: false, status: 401, message, challenge: true });
const refuse = (message: string): AuthResult => ({ ok: false, status: 403, message, challenge: false });

function basicCredentials(header: string | undefined): { name: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export interface BasicOptions {
  /** Load balancers in front, whose X-Forwarded-For names the client (null: none). */
  trusted: BlockList | null;
  throttle?: SignInThrottle;
  now?: () => number;
}

/**
 * scrypt is slow on purpose, and a browser resends the same Authorization header with every
 * asset and API call: a verified header is remembered for a few minutes, keyed by an HMAC with
 * a per-process key (the cache never holds the credential itself). Failures are throttled per
 * client address and per name (sign-in-throttle.ts).
 */
function createBasic(users: ReadonlyMap<string, PasswordHash>, options: BasicOptions): Authenticate {
  const { trusted, throttle = createSignInThrottle(), now = Date.now } = options;
  const cacheKey = randomBytes(32);
  const verified = new Map<string, { user: string; until: number }>();
  // A name nobody has still costs one scrypt, so timing does not tell which names exist.
  const decoy = [...users.values()][0] as PasswordHash;

  return async (req) => {
    const header = req.headers.authorization;
    const digest = createHmac('sha256', cacheKey)
      .update(header ?? '')
      .digest('base64');
    const hit = verified.get(digest);
    if (hit && hit.until > Date.now()) return { ok: true, user: hit.user };
    const credentials = basicCredentials(header);
    if (credentials === null) return challenge('Sign in to use the SCP Volumes dashboard.');
    const attempt = { name: credentials.name, address: clientAddress(req, trusted) };
    const waitMs = throttle.waitMs(attempt.address, attempt.name, now());
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      const message = `Too many failed sign-ins: try again in ${retryAfterSeconds} s.`;
      return { ok: false, status: 429, message, challenge: false, retryAfterSeconds, attempt };
    }
    const hash = users.get(credentials.name);
    const matches = await verifyPassword(credentials.password, hash ?? decoy);
    if (!hash || !matches) {
      throttle.failed(attempt.address, attempt.name, now());
      return { ...challenge('Wrong user name or password.'), attempt };
    }
    throttle.succeeded(attempt.address, attempt.name, now());
    if (verified.size >= CACHE_MAX) verified.delete(verified.keys().next().value as string);
    verified.set(digest, { user: credentials.name, until: Date.now() + CACHE_TTL_MS });
    return { ok: true, user: credentials.name };
  };
}

export function createAuthenticator(
  auth: AuthConfig,
  options: Omit<BasicOptions, 'trusted'> = {},
): Authenticate {
  if (auth.mode === 'none') return async () => ({ ok: true, user: ANONYMOUS });
  if (auth.mode === 'basic') return createBasic(auth.users, { ...options, trusted: auth.trusted });
  return async (req) => {
    const from = plainAddress(req.socket.remoteAddress ?? '');
    // Anyone can send the header; only the authenticating proxy's word counts.
    if (!auth.trusted.check(from.address, from.type)) {
      return refuse('This dashboard is reached through its sign-in proxy only.');
    }
    const value = req.headers[auth.header];
    const user = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!user) return refuse(`The sign-in proxy sent no ${auth.header} header.`);
    if (!SAFE_NAME.test(user)) return refuse(`The ${auth.header} header is not a usable user name.`);
    return { ok: true, user };
  };
}
