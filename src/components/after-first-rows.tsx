import { Suspense, type ReactNode } from 'react';
import { useFirstRowsShown } from '../lib/first-rows.ts';

/**
 * Lazy chrome that waits for the first rows: until they are painted, and while its chunk
 * loads, the fallback holds its place (same size, so nothing moves when it arrives).
 */
export function AfterFirstRows({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const ready = useFirstRowsShown();
  return <Suspense fallback={fallback}>{ready ? children : fallback}</Suspense>;
}
