import type { QueryClient } from '@tanstack/react-query';
import { detectLocale, LOCALE_TAGS, readStoredLocale } from '../../../../i18n/locale.ts';
import { listVolumesPath } from '../../../../scp/api-paths.ts';
import { parseVolumeList } from '../../../../scp/volume-schema.ts';
import { parseView } from '../../url-state/parse-view.ts';
import { pageParams } from '../../url-state/view-params.ts';
import { adoptVolumeList, listVolumes } from '../volume-endpoints.ts';
import { volumeQueries } from '../volume-queries.ts';
import { claimEarlyList } from './handover.ts';

export type Adoption = 'ready' | 'in-flight' | 'none';

/**
 * Hands the early request's answer to the query cache under the key the page will ask for, so
 * the page renders from it and sends no list request of its own. Adopted only when it is the
 * very request the app would send now (same address, same language); anything else is left
 * alone and the app fetches as usual. A failed early request makes the query fetch it again
 * through the normal client, so errors look and retry the same as ever.
 */
export function adoptEarlyList(queryClient: QueryClient, search = location.search): Adoption {
  const early = claimEarlyList();
  if (!early) return 'none';
  // The script ran this very code on this address (script.ts), so they agree unless the
  // address or the language changed in between: then the app asks for its own view.
  const params = pageParams(parseView(search).view);
  if (early.url !== listVolumesPath(params) || early.lang !== LOCALE_TAGS[detectLocale(readStoredLocale())]) {
    return 'none';
  }
  const options = volumeQueries.list(params);
  if (early.done) {
    try {
      // Already here: the first render shows the rows, with no loading state in between.
      queryClient.setQueryData(options.queryKey, parseVolumeList(early.body));
      return 'ready';
    } catch {
      // A body the schema rejects: the query below reports it as listVolumes would.
    }
  }
  void queryClient.prefetchQuery({
    ...options,
    queryFn: ({ signal }) => early.answer.then(adoptVolumeList, () => listVolumes(params, signal)),
  });
  return 'in-flight';
}
