import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../lib/retry-policy.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // TanStack Query owns retries; the ky client has retry disabled (one retry owner).
        // The export walk retries each page with the same policy (lib/with-retry.ts).
        retry: shouldRetry,
        retryDelay,
        staleTime: 5_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
