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
