import { BlockList, isIP } from 'node:net';
import { type PasswordHash, parsePasswordHash } from './password.ts';
import { ServerConfigError } from './server-config-error.ts';

/**
 * Who may use the dashboard (it spends the account's keys): built-in Basic auth, an
 * authenticating reverse proxy's identity header, or — said explicitly — nobody checks.
 */
export type AuthConfig =
  /** explicit: SCP_DASHBOARD_AUTH=none was said, which allows listening beyond loopback. */
  | { mode: 'none'; explicit: boolean }
  /** trusted: load balancers in front, whose X-Forwarded-For names the client (sign-in brake, log). */
  | { mode: 'basic'; users: ReadonlyMap<string, PasswordHash>; trusted: BlockList | null }
  | { mode: 'proxy'; header: string; trusted: BlockList; trustedText: string };

type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_USER_HEADER = 'X-Forwarded-User';
const MODES = ['basic', 'proxy', 'none'] as const;
const USER_NAME = /^[^\s:,]{1,64}$/u;
const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function readUsers(text: string): Map<string, PasswordHash> {
  const users = new Map<string, PasswordHash>();
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const colon = entry.indexOf(':');
    const name = colon === -1 ? '' : entry.slice(0, colon);
    if (!USER_NAME.test(name)) {
      throw new ServerConfigError(
        'SCP_DASHBOARD_USERS is a comma-separated list of name:hash (names without spaces, ":" or ","); ' +
          'make a hash with `npm run --silent hash-password -- <password>`.',
      );
    }
    // Never echo the hash: it is a secret too, if a weaker one.
    const hash = parsePasswordHash(entry.slice(colon + 1));
    if (hash === null) {
      throw new ServerConfigError(
        `SCP_DASHBOARD_USERS: the hash of "${name}" is not one hash-password makes ` +
          '(npm run --silent hash-password -- <password>).',
      );
    }
    if (users.has(name)) throw new ServerConfigError(`SCP_DASHBOARD_USERS names "${name}" twice.`);
    users.set(name, hash);
  }
  if (users.size === 0) throw new ServerConfigError('SCP_DASHBOARD_USERS is set but names no user.');
  return users;
}

/** Addresses and CIDR ranges, IPv4 or IPv6: `10.0.0.5, 10.1.0.0/16, fd00::/8`. */
export function readTrustedProxies(text: string): BlockList {
  const list = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    const validPrefix = bits === undefined || (/^\d{1,3}$/.test(prefix ?? '') && bits <= maxBits);
    if (family === 0 || extra !== undefined || !validPrefix) {
      throw new ServerConfigError(
        `SCP_DASHBOARD_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (such as 10.0.0.0/8).`,
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

export function readAuthConfig(env: Env): AuthConfig {
  const mode = read(env, 'SCP_DASHBOARD_AUTH')?.toLowerCase();
  const users = read(env, 'SCP_DASHBOARD_USERS');
  if (mode !== undefined && !(MODES as readonly string[]).includes(mode)) {
    throw new ServerConfigError(`SCP_DASHBOARD_AUTH must be one of ${MODES.join(', ')}, got "${mode}".`);
  }
  if (mode === 'none') return { mode: 'none', explicit: true };
  if (mode === 'proxy') {
    const trustedText = read(env, 'SCP_DASHBOARD_TRUSTED_PROXIES');
    if (trustedText === undefined) {
      throw new ServerConfigError(
        'SCP_DASHBOARD_AUTH=proxy needs SCP_DASHBOARD_TRUSTED_PROXIES: the addresses of the authenticating ' +
          'proxy, the only ones whose identity header is believed.',
      );
    }
    const header = read(env, 'SCP_DASHBOARD_USER_HEADER') ?? DEFAULT_USER_HEADER;
    if (!HEADER_NAME.test(header)) {
      throw new ServerConfigError(`SCP_DASHBOARD_USER_HEADER is not a header name: "${header}".`);
    }
    return {
      mode: 'proxy',
      header: header.toLowerCase(),
      trusted: readTrustedProxies(trustedText),
      trustedText,
    };
  }
  if (users !== undefined) {
    const trustedText = read(env, 'SCP_DASHBOARD_TRUSTED_PROXIES');
    return {
      mode: 'basic',
      users: readUsers(users),
      trusted: trustedText === undefined ? null : readTrustedProxies(trustedText),
    };
  }
  if (mode === 'basic') {
    throw new ServerConfigError('SCP_DASHBOARD_AUTH=basic needs SCP_DASHBOARD_USERS (name:hash, ...).');
  }
  // Unset: nobody checks, which is only allowed on loopback (see exposure.ts in this folder).
  return { mode: 'none', explicit: false };
}

/** For the start-up line: what protects the dashboard, without a secret. */
export function describeAuth(auth: AuthConfig): string {
  if (auth.mode === 'basic') return `Basic auth, ${auth.users.size} user(s)`;
  if (auth.mode === 'proxy') return `identity header ${auth.header} from ${auth.trustedText}`;
  return 'no authentication';
}
