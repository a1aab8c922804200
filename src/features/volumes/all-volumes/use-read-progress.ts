import { useSyncExternalStore } from 'react';
import type { ReadProgress } from './read-account.ts';
import { readProgressOf, subscribeReadProgress } from './read-progress.ts';

/** The progress of the read with this query key hash, or null when none is running. */
export function useReadProgress(hash: string): ReadProgress | null {
  return useSyncExternalStore(subscribeReadProgress, () => readProgressOf(hash));
}
