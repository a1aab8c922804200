import type { KyInstance } from 'ky';

let client: Promise<KyInstance> | undefined;

/**
 * The one HTTP client (ky-client.ts), loaded on first use. The first page arrives through
 * early list script's request (features/volumes/api/early-list), so ky is not on the way to the first rows; it is
 * fetched right after them (the page's idle prefetch) or by the first request that needs it.
 */
export function http(): Promise<KyInstance> {
  client ??= import('./ky-client.ts').then((module) => module.kyClient);
  return client;
}
