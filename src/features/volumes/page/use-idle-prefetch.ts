import { useEffect } from 'react';

/**
 * Once the first page is on screen, fetch the lazily loaded chunks the user may need next
 * (the error panel, the drawer) while the browser is idle, so they are there if the server
 * goes away or a row is opened.
 */
export function useIdlePrefetch(ready: boolean, loaders: readonly (() => Promise<unknown>)[]): void {
  useEffect(() => {
    if (!ready) return;
    const run = () => loaders.forEach((load) => void load().catch(() => undefined));
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: 3000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(run, 1000);
    return () => clearTimeout(timer);
  }, [ready, loaders]);
}
