import { queryOptions } from '@tanstack/react-query';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { loadChrome } from '../page/lazy-chrome.tsx';
import type { VolumeView } from '../url-state/volume-view.ts';
import { elsewhereKey } from './elsewhere-key.ts';

/**
 * The visible page of a view the API cannot answer (url-state readsElsewhere): the inventory's
 * search, or the browser's contains search (read-elsewhere.ts decides, in the page chrome's chunk). Its key
 * is the view but the open volume. Under `volumes`, so Refresh and auto-refresh redo it.
 */
export function elsewhereQuery(view: VolumeView) {
  return queryOptions({
    queryKey: elsewhereKey(view),
    // The key leaves the open volume out; the read does not use it.
    queryFn: async ({ client, signal }): Promise<VolumeList> =>
      (await loadChrome()).readElsewhere(client, view, signal),
  });
}
