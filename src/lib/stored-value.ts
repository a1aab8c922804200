import { useSyncExternalStore } from 'react';

export interface StoredValue<T> {
  get: () => T;
  set: (value: T) => void;
  subscribe: (onChange: () => void) => () => void;
}

/**
 * A preference kept in localStorage and read through useSyncExternalStore, so every reader
 * agrees and other tabs follow along (`storage` events). `decode` validates what was stored:
 * anything it rejects (old formats, hand edits) reads as `fallback`. Storage may be disabled:
 * the value then lives in memory for this page.
 */
export function createStoredValue<T>(
  key: string,
  decode: (raw: unknown) => T | null,
  fallback: T,
): StoredValue<T> {
  const listeners = new Set<() => void>();
  let memory: { raw: string | null; value: T } | null = null;

  const readRaw = (): string | null => {
    try {
      return localStorage.getItem(key);
    } catch {
      return memory?.raw ?? null;
    }
  };

  const get = (): T => {
    const raw = readRaw();
    // Same string, same object: useSyncExternalStore needs a stable snapshot.
    if (memory && memory.raw === raw) return memory.value;
    let value = fallback;
    if (raw !== null) {
      try {
        value = decode(JSON.parse(raw)) ?? fallback;
      } catch {
        value = fallback;
      }
    }
    memory = { raw, value };
    return value;
  };

  const notify = () => listeners.forEach((listener) => listener());

  return {
    get,
    set: (value) => {
      const raw = JSON.stringify(value);
      try {
        localStorage.setItem(key, raw);
      } catch {
        // Storage unavailable: keep it for this page only.
      }
      memory = { raw, value };
      notify();
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) onChange();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(onChange);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
}

export function useStoredValue<T>(store: StoredValue<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
