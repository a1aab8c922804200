import type { ReadProgress } from './read-account.ts';

const progress = new Map<string, ReadProgress>();
const listeners = new Set<() => void>();

/*
 * No React here: the read's chunk imports this module, and a React import in it made Rolldown
 * split React out of the chunk it shares with i18n-context (a larger initial bundle:
 * docs/PERFORMANCE.md).
 * use-read-progress.ts is the hook.
 */

/**
 * Progress of the cached reads (volumes, then server names), by query key hash. TanStack
 * Query has no progress channel, so the query function reports here between pages and the
 * panel subscribes.
 */
export function reportReadProgress(hash: string, value: ReadProgress | null): void {
  if (value) progress.set(hash, value);
  else progress.delete(hash);
  listeners.forEach((listener) => listener());
}

export function subscribeReadProgress(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function readProgressOf(hash: string): ReadProgress | null {
  return progress.get(hash) ?? null;
}
