import type { QueryClient } from '@tanstack/react-query';
import { listVolumesPath } from '../../../scp/api-paths.ts';
import { adoptVolumeList, listVolumes } from './volume-endpoints.ts';
import { volumeQueries } from './volume-queries.ts';
import { parseView } from '../url-state/parse-view.ts';
import { pageParams } from '../url-state/view-params.ts';
import { detectLocale, LOCALE_TAGS, readStoredLocale } from '../../../i18n/locale.ts';
import { parseVolumeList } from '../../../scp/volume-schema.ts';

/** What index.html's inline script leaves on window: the first page's request, already sent. */
export interface EarlyList {
  /** Path and query, as sent (`/api/v1/volumes?…`). */
  url: string;
  /** The Accept-Language it was sent with. */
  lang: string;
  /** The JSON body of a 2xx answer; rejects on anything else. */
  answer: Promise<unknown>;
  /** Set (with body) once a 2xx body has been read. */
  done: boolean;
  body: unknown;
}

declare global {
  interface Window {
    __scpEarlyList?: EarlyList;
  }
}

export type Adoption = 'ready' | 'in-flight' | 'none';

/**
 * Hands the early request's answer to the query cache under the key the page will ask for, so
 * the page renders from it and sends no list request of its own. Adopted only when it is the
 * very request the app would send now (same URL view, same language); anything else is left
 * alone and the app fetches as usual. A failed early request makes the query fetch it again
 * through the normal client, so errors look and retry the same as ever.
 */
export function adoptEarlyList(queryClient: QueryClient, search = window.location.search): Adoption {
  const early = window.__scpEarlyList;
  delete window.__scpEarlyList;
  if (!early) return 'none';
  const { view, problems } = parseView(search);
  const params = pageParams(view);
  const lang = LOCALE_TAGS[detectLocale(readStoredLocale())];
  if (problems.length > 0 || early.url !== listVolumesPath(params) || early.lang !== lang) {
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
