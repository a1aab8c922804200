/**
 * A brake on guessing Basic-auth passwords: after a few failures in a row, a client address (and,
 * separately, a user name) must wait before its next attempt, twice as long after each further
 * failure, up to a minute. Bounded on purpose: the right user is slowed, never locked out for
 * good, and an attempt while waiting costs no scrypt. A name under attack from elsewhere does
 * not slow its owner at an address that signed in as that name before.
 */
export interface ThrottleRules {
  /** Failures in a row that cost nothing. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; doubles after each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key with no failure for this long starts afresh. */
  forgetAfterMs: number;
  /** An address that signed in as a name is that name's own for this long. */
  trustAfterSuccessMs: number;
  /** Keys remembered at most (oldest dropped first): a flood of names cannot fill memory. */
  maxKeys: number;
}

export const DEFAULT_THROTTLE_RULES: ThrottleRules = {
  freeFailures: 5,
  firstDelayMs: 1_000,
  maxDelayMs: 60_000,
  forgetAfterMs: 15 * 60_000,
  trustAfterSuccessMs: 24 * 60 * 60_000,
  maxKeys: 10_000,
};

interface Failures {
  count: number;
  last: number;
}

export interface SignInThrottle {
  /** Milliseconds this attempt must still wait (0: go ahead). */
  waitMs(address: string, name: string, now: number): number;
  /** A failed attempt; returns how many in a row the address has now. */
  failed(address: string, name: string, now: number): number;
  succeeded(address: string, name: string, now: number): void;
}

/** A Map used as a bounded, least-recently-touched store. */
function touch<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value as string);
}

export function createSignInThrottle(rules: ThrottleRules = DEFAULT_THROTTLE_RULES): SignInThrottle {
  const byAddress = new Map<string, Failures>();
  const byName = new Map<string, Failures>();
  const trusted = new Map<string, number>();

  const current = (map: Map<string, Failures>, key: string, now: number): Failures | undefined => {
    const entry = map.get(key);
    if (entry && now - entry.last > rules.forgetAfterMs) {
      map.delete(key);
      return undefined;
    }
    return entry;
  };

  const remaining = (entry: Failures | undefined, now: number): number => {
    if (!entry || entry.count < rules.freeFailures) return 0;
    const delay = Math.min(
      rules.maxDelayMs,
      rules.firstDelayMs * 2 ** Math.min(30, entry.count - rules.freeFailures),
    );
    return Math.max(0, entry.last + delay - now);
  };

  const count = (map: Map<string, Failures>, key: string, now: number): number => {
    const entry = current(map, key, now);
    const next = { count: (entry?.count ?? 0) + 1, last: now };
    touch(map, key, next, rules.maxKeys);
    return next.count;
  };

  const isTrusted = (address: string, name: string, now: number): boolean => {
    const until = trusted.get(`${name}\n${address}`);
    return until !== undefined && until > now;
  };

  return {
    waitMs(address, name, now) {
      const forAddress = remaining(current(byAddress, address, now), now);
      const forName = isTrusted(address, name, now) ? 0 : remaining(current(byName, name, now), now);
      return Math.max(forAddress, forName);
    },
    failed(address, name, now) {
      count(byName, name, now);
      return count(byAddress, address, now);
    },
    succeeded(address, name, now) {
      byAddress.delete(address);
      byName.delete(name);
      touch(trusted, `${name}\n${address}`, now + rules.trustAfterSuccessMs, rules.maxKeys);
    },
  };
}
