import { useSyncExternalStore } from 'react';
import type { WalkProgress } from './walk-volumes.ts';
import { subscribeWalkProgress, walkProgressOf } from './walk-progress.ts';

/** The progress of the walk with this query key hash, or null when none is running. */
export function useWalkProgress(hash: string): WalkProgress | null {
  return useSyncExternalStore(subscribeWalkProgress, () => walkProgressOf(hash));
}
