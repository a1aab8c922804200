import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { readRetryPolicy, withRetry } from './with-retry.ts';

const unavailable = new ApiError({ kind: 'http', status: 503, message: 'Service Unavailable' });

describe('withRetry', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits 1 s then 2 s between tries and resolves with the first success', async () => {
    const attempt = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(unavailable)
      .mockRejectedValueOnce(unavailable)
      .mockResolvedValue('page');
    const result = withRetry(attempt, readRetryPolicy);

    await vi.advanceTimersByTimeAsync(999);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempt).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(result).resolves.toBe('page');
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('gives up with the last error when the policy says so', async () => {
    const attempt = vi.fn<() => Promise<string>>().mockRejectedValue(unavailable);
    const result = withRetry(attempt, readRetryPolicy);
    const settled = expect(result).rejects.toBe(unavailable);
    await vi.advanceTimersByTimeAsync(3_000);
    await settled;
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('stops waiting at once when aborted, with the abort reason', async () => {
    const controller = new AbortController();
    const attempt = vi.fn<() => Promise<string>>().mockRejectedValue(unavailable);
    const result = withRetry(attempt, readRetryPolicy, controller.signal);
    const settled = expect(result).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await settled;
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
