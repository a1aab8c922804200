/**
 * A server whose name something on screen wants. An object rather than a bare id so that a
 * region (or anything else the lookup needs) can join the id without changing every caller.
 */
export interface ServerRef {
  id: string;
  /** The region of the volume's row, when the list names one: the proxy then asks only there. */
  region?: string;
}

/** One key per server lookup: equal refs share one request and one cache entry (ids are unique across regions). */
export function serverRefKey(ref: ServerRef): string {
  return ref.id;
}

/**
 * The servers named by rows currently rendered (a windowed page renders only its window).
 * Cells register while mounted; the lazily loaded resolver reads this set and looks names
 * up, so rows scrolled past never cost a request.
 */
function createWantedServers() {
  const wanted = new Map<string, { ref: ServerRef; count: number }>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    /** Registers interest; returns the release. */
    want(refs: readonly ServerRef[]): () => void {
      for (const ref of refs) {
        const key = serverRefKey(ref);
        const entry = wanted.get(key);
        if (entry) entry.count += 1;
        else wanted.set(key, { ref, count: 1 });
      }
      if (refs.length > 0) notify();
      return () => {
        for (const ref of refs) {
          const key = serverRefKey(ref);
          const entry = wanted.get(key);
          if (entry && --entry.count === 0) wanted.delete(key);
        }
      };
    },
    has: (ref: ServerRef) => wanted.has(serverRefKey(ref)),
    /** In the order rows first asked: top of the page first. */
    list: (): ServerRef[] => [...wanted.values()].map((entry) => entry.ref),
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type WantedServers = ReturnType<typeof createWantedServers>;
export const wantedServers: WantedServers = createWantedServers();
