import { describe, expect, it } from 'vitest';
import { createSignInThrottle, DEFAULT_THROTTLE_RULES } from './sign-in-throttle.ts';

const fail = (
  throttle: ReturnType<typeof createSignInThrottle>,
  times: number,
  address: string,
  name: string,
  at: number,
) => {
  for (let i = 0; i < times; i++) throttle.failed(address, name, at);
};

describe('the sign-in brake', () => {
  it('lets five failures in a row through, then makes the address wait 1 s, doubling up to a minute', () => {
    const throttle = createSignInThrottle();
    fail(throttle, 4, '10.0.0.1', 'alice', 0);
    expect(throttle.waitMs('10.0.0.1', 'alice', 0)).toBe(0);
    let now = 0;
    const waits: number[] = [];
    for (let failure = 5; failure <= 12; failure++) {
      throttle.failed('10.0.0.1', `guess-${failure}`, now);
      const wait = throttle.waitMs('10.0.0.1', 'someone', now);
      waits.push(wait);
      now += wait;
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
    // Waiting it out is always possible: the brake slows, it never locks for good.
    expect(throttle.waitMs('10.0.0.1', 'someone', now)).toBe(0);
  });

  it('brakes a name guessed from many addresses, but not at an address that signed in as it before', () => {
    const throttle = createSignInThrottle();
    throttle.succeeded('10.0.0.7', 'alice', 0);
    for (let i = 0; i < 8; i++) throttle.failed(`192.0.2.${i}`, 'alice', 1_000);
    expect(throttle.waitMs('198.51.100.1', 'alice', 1_000)).toBeGreaterThan(0);
    expect(throttle.waitMs('10.0.0.7', 'alice', 1_000)).toBe(0);
    // The trust is the name's at that address only.
    expect(throttle.waitMs('10.0.0.7', 'bob', 1_000)).toBe(0);
    fail(throttle, 8, '198.51.100.9', 'bob', 1_000);
    expect(throttle.waitMs('10.0.0.7', 'bob', 1_000)).toBeGreaterThan(0);
  });

  it('forgets failures after 15 quiet minutes, and a success clears the address and the name', () => {
    const throttle = createSignInThrottle();
    fail(throttle, 7, '10.0.0.1', 'alice', 0);
    expect(throttle.waitMs('10.0.0.1', 'alice', 1_000)).toBeGreaterThan(0);
    expect(throttle.waitMs('10.0.0.1', 'alice', DEFAULT_THROTTLE_RULES.forgetAfterMs + 1)).toBe(0);

    fail(throttle, 7, '10.0.0.2', 'carol', 0);
    throttle.succeeded('10.0.0.2', 'carol', 0);
    expect(throttle.waitMs('10.0.0.2', 'carol', 0)).toBe(0);
    expect(throttle.waitMs('10.0.0.3', 'carol', 0)).toBe(0);
  });

  it('remembers a bounded number of keys, dropping the oldest', () => {
    const throttle = createSignInThrottle({ ...DEFAULT_THROTTLE_RULES, maxKeys: 3 });
    fail(throttle, 6, '10.0.0.1', 'a', 0);
    for (const address of ['10.0.0.2', '10.0.0.3', '10.0.0.4']) throttle.failed(address, 'b', 0);
    expect(throttle.waitMs('10.0.0.1', 'x', 0)).toBe(0);
  });
});
