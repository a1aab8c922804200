import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-error.ts';

/** 4xx answers (bad key, bad parameter, not found) will not change on a second try. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof ApiError) {
    if (error.kind === 'invalid-response') return false;
    if (error.status !== null && error.status < 500) return false;
  }
  return true;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // TanStack Query owns retries; the ky client has retry disabled (one retry owner).
        retry: shouldRetry,
        staleTime: 5_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
