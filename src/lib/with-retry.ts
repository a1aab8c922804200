import { retryDelay, shouldRetry } from './retry-policy.ts';

/*
 * Apart from retry-policy.ts, which the first bundle needs for the query client: only the
 * lazily loaded export uses this loop, so it stays out of the first bundle.
 */

export interface RetryPolicy {
  shouldRetry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

/** The app's policy (retry-policy.ts), as one value for loops that fetch page by page (the export walk). */
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
