import { detectLocale, LOCALE_TAGS, readStoredLocale } from '../../../../i18n/locale.ts';
import { listVolumesPath } from '../../../../scp/api-paths.ts';
import { isChangesPage } from '../../../changes/page-param.ts';
import { parseView } from '../../url-state/parse-view.ts';
import { pageParams, readsElsewhere } from '../../url-state/view-params.ts';
import { type EarlyList, offerEarlyList } from './handover.ts';

/*
 * The script index.html runs before the bundle: src/vite/early-list-script.ts compiles this
 * module (and what it imports: the app's own URL parser and list query) into one classic inline
 * script, in the dev server's page and in the build's. It sends the first page's list request
 * now rather than after the bundle has loaded and run, and adopt.ts hands its answer to the
 * query cache. Nothing here may throw into the page: any failure leaves the app to ask itself.
 */
try {
  const lang = LOCALE_TAGS[detectLocale(readStoredLocale(), navigator.languages)];
  const { view, problems } = parseView(location.search);
  // A value the app rejects: it reports it and asks for its fallback view itself. A name in
  // contains mode or an inventory filter: the app reads its page elsewhere, with no page request.
  // The Changes page lists no volumes.
  if (problems.length === 0 && !readsElsewhere(view) && !isChangesPage(location.search)) {
    const url = listVolumesPath(pageParams(view));
    const early: EarlyList = { url, lang, done: false, body: undefined, answer: Promise.resolve() };
    early.answer = fetch(url, { headers: { Accept: 'application/json', 'Accept-Language': lang } })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`)),
      )
      .then((body: unknown) => {
        early.done = true;
        early.body = body;
        return body;
      });
    // Unhandled until the app adopts it; a failure there makes the app ask again itself.
    early.answer.catch(() => {});
    offerEarlyList(early);
  }
  // A page's first use of Intl loads ICU's data, and the first table formats sizes and dates:
  // paid in a task of its own while the page waits for its bundle, not inside the first render.
  setTimeout(() => {
    try {
      new Intl.NumberFormat(lang).format(1);
      new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-1, 'minute');
      new Intl.DateTimeFormat(lang, { timeZoneName: 'short' }).format(0);
    } catch {
      // The table formats with whatever Intl has; only the head start is lost.
    }
  }, 0);
} catch {
  // The app sends the request itself.
}
