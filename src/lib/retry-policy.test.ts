import { describe, expect, it } from 'vitest';
import { ApiError, parseRetryAfter } from './api-error.ts';
import { MAX_RETRY_AFTER_MS, retryDelay, shouldRetry } from './retry-policy.ts';

const http = (status: number, retryAfterMs: number | null = null) =>
  new ApiError({ kind: 'http', message: 'x', status, retryAfterMs });

describe('the retry policy', () => {
  it('retries 5xx, network and unknown failures twice, never a 4xx or an unreadable answer', () => {
    expect([0, 1, 2].map((count) => shouldRetry(count, http(500)))).toEqual([true, true, false]);
    expect(shouldRetry(0, new ApiError({ kind: 'network', message: 'x' }))).toBe(true);
    expect(shouldRetry(0, new Error('?'))).toBe(true);
    for (const status of [400, 401, 403, 404]) expect(shouldRetry(0, http(status))).toBe(false);
    expect(shouldRetry(0, new ApiError({ kind: 'invalid-response', message: 'x' }))).toBe(false);
  });

  it('retries SCP’s 429 and 503, after Retry-After when given, but not a wait over a minute', () => {
    expect(shouldRetry(0, http(429))).toBe(true);
    expect(shouldRetry(0, http(503, 5_000))).toBe(true);
    expect(retryDelay(0, http(429, 7_000))).toBe(7_000);
    expect(shouldRetry(0, http(429, MAX_RETRY_AFTER_MS + 1))).toBe(false);
  });

  it('backs off 1 s, 2 s, 4 s … up to 30 s otherwise', () => {
    expect([0, 1, 2, 10].map((count) => retryDelay(count, http(500)))).toEqual([1_000, 2_000, 4_000, 30_000]);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
