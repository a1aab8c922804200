import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/** Same key and raw values as the pre-paint script in index.html. */
const STORAGE_KEY = 'scp-volumes.theme';
const listeners = new Set<() => void>();

function stored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The stored choice, else the system's: the default follows the OS until the user picks. */
export function currentTheme(): Theme {
  return stored() ?? (systemPrefersDark() ? 'dark' : 'light');
}

function apply(): void {
  document.documentElement.classList.toggle('dark', currentTheme() === 'dark');
  listeners.forEach((listener) => listener());
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) apply();
  };
  media?.addEventListener('change', apply);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    media?.removeEventListener('change', apply);
    window.removeEventListener('storage', onStorage);
  };
}

export function setTheme(theme: Theme): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Storage disabled: the class below still switches this page.
  }
  document.documentElement.classList.toggle('dark', theme === 'dark');
  listeners.forEach((listener) => listener());
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => 'light');
}
