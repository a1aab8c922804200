import type { WalkProgress } from './walk-volumes.ts';

const progress = new Map<string, WalkProgress>();
const listeners = new Set<() => void>();

/*
 * No React here: the walk's chunk imports this module, and a React import in it made Rolldown
 * split React out of the chunk it shares with i18n-context (a larger initial bundle:
 * docs/PERFORMANCE.md).
 * use-walk-progress.ts is the hook.
 */

/**
 * Progress of the cached walks, by query key hash. TanStack Query has no progress channel,
 * so the query function reports here between pages and the panel subscribes.
 */
export function reportWalkProgress(hash: string, value: WalkProgress | null): void {
  if (value) progress.set(hash, value);
  else progress.delete(hash);
  listeners.forEach((listener) => listener());
}

export function subscribeWalkProgress(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function walkProgressOf(hash: string): WalkProgress | null {
  return progress.get(hash) ?? null;
}
