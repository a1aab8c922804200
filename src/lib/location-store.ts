import { useSyncExternalStore } from 'react';

/**
 * The address bar as an external store: `location.search` is the snapshot, `popstate` (back,
 * forward) and our own navigations are the change events. No router is needed for one page,
 * and React reads the URL without copying it into state.
 */
const NAVIGATE_EVENT = 'scp-volumes:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function getSearch(): string {
  return window.location.search;
}

export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, () => '');
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (typing, drawer j/k). */
  replace?: boolean;
}

/** Sets `?search` (with or without the leading '?'), keeping the path and hash. */
export function navigateSearch(search: string, { replace = false }: NavigateOptions = {}): void {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
