import { useSyncExternalStore } from 'react';
import type { WalkProgress } from '../export/walk-volumes.ts';

const progress = new Map<string, WalkProgress>();
const listeners = new Set<() => void>();

/**
 * Progress of the cached walks, by query key hash. TanStack Query has no progress channel,
 * so the query function reports here between pages and the panel subscribes.
 */
export function reportWalkProgress(hash: string, value: WalkProgress | null): void {
  if (value) progress.set(hash, value);
  else progress.delete(hash);
  listeners.forEach((listener) => listener());
}

export function useWalkProgress(hash: string): WalkProgress | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => progress.get(hash) ?? null,
  );
}
