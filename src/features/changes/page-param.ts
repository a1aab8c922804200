/**
 * `?view=changes` opens the Changes page (app.tsx); without it, or with any other value, the
 * app shows the volumes. One parameter read by name, not an entry of the volumes' URL map
 * (volumes/url-state/view-param-map.ts), so the first table's bundle pays nothing for it.
 */
export const PAGE_PARAM = 'view';
export const CHANGES_VIEW = 'changes';

export function isChangesPage(search: string): boolean {
  return new URLSearchParams(search).get(PAGE_PARAM) === CHANGES_VIEW;
}
