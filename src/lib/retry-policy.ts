import { ApiError } from './api-error.ts';

/**
 * The one retry policy, for TanStack Query (app/query-client.ts) and any loop that fetches
 * (the export). 5xx, network and unknown failures are tried twice more with back-off; a 4xx or
 * an unreadable answer never, as a second try would not change it — except 429 (SCP's rate
 * limit), and 429/503 are retried no sooner than SCP's Retry-After says, so a dashboard left
 * open by many people backs off instead of hammering the quota.
 */
export const MAX_RETRIES = 2;
/** Longer waits than this are not sat out on screen: the failure is shown with a Retry button. */
export const MAX_RETRY_AFTER_MS = 60_000;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof ApiError) {
    if (error.kind === 'invalid-response') return false;
    if (error.retryAfterMs !== null && error.retryAfterMs > MAX_RETRY_AFTER_MS) return false;
    if (error.status === 429) return true;
    if (error.status !== null && error.status < 500) return false;
  }
  return true;
}

/** TanStack Query's own back-off (1 s, 2 s, 4 s… up to 30 s), or Retry-After when SCP gave one. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== null) return error.retryAfterMs;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

export interface RetryPolicy {
  shouldRetry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

/** The policy above, as one value for loops that fetch page by page (the export walk). */
export const readRetryPolicy: RetryPolicy = { shouldRetry, retryDelay };

/**
 * Runs `attempt` until it succeeds or the policy gives up, waiting between tries. An abort
 * stops the wait at once and rejects with the signal's reason, never with a transport error.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<T> {
  for (let failureCount = 0; ; failureCount++) {
    try {
      return await attempt();
    } catch (error) {
      signal?.throwIfAborted();
      if (!policy.shouldRetry(failureCount, error)) throw error;
      await sleep(policy.retryDelay(failureCount, error), signal);
    }
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
