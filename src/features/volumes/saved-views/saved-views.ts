import type { ColumnVisibilityState } from '@tanstack/react-table';
import { navigateSearch } from '../../../lib/location-store.ts';
import { createStoredValue } from '../../../lib/stored-value.ts';
import { columnVisibilityStore } from '../table/column-visibility.ts';
import { parseView } from '../url-state/parse-view.ts';
import { serialiseView } from '../url-state/serialise-view.ts';

/**
 * A saved view is its URL query (filters, sort, page size, region, search mode: whatever the
 * URL carries), so opening it is navigating and sharing it is copying its link. Which columns
 * show is a personal preference kept outside the URL, so it travels beside the query.
 */
export interface SavedView {
  name: string;
  search: string;
  columns?: ColumnVisibilityState;
}

const MAX_NAME = 80;

export function cleanName(name: string): string {
  return name.trim().slice(0, MAX_NAME);
}

function decodeView(raw: unknown): SavedView | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, search, columns } = raw as Record<string, unknown>;
  if (typeof name !== 'string' || typeof search !== 'string') return null;
  const trimmed = cleanName(name);
  if (!trimmed) return null;
  const view: SavedView = { name: trimmed, search: normaliseSearch(search) };
  if (typeof columns === 'object' && columns !== null && !Array.isArray(columns)) {
    view.columns = Object.fromEntries(
      Object.entries(columns).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
    );
  }
  return view;
}

/** A stored or imported list; entries that are not views are dropped, a non-list is refused. */
export function decodeViews(raw: unknown): SavedView[] | null {
  if (!Array.isArray(raw)) return null;
  return raw
    .map(decodeView)
    .filter((view): view is SavedView => view !== null)
    .reduce<SavedView[]>((list, view) => saveView(list, view), []);
}

/**
 * The query of a view worth saving, validated like any link (a hand-edited file cannot smuggle
 * in what the URL parser refuses), without the page number or an open drawer: a view is what
 * to look at, not where one was.
 */
export function normaliseSearch(search: string): string {
  const { view } = parseView(search);
  return serialiseView({ ...view, page: 1, volume: null });
}

export const savedViewsStore = createStoredValue<SavedView[]>('scp-volumes.saved-views', decodeViews, []);

/** Whether a view is saved under this name: saving or renaming onto it would replace it. */
export function hasView(views: readonly SavedView[], name: string): boolean {
  return views.some((view) => view.name === name);
}

/**
 * Saving under a name already used replaces that view: names are how the menu tells views
 * apart (the menu asks first; an import replaces without asking, as a file's views are newer).
 */
export function saveView(views: readonly SavedView[], view: SavedView): SavedView[] {
  return [...views.filter((existing) => existing.name !== view.name), view];
}

export function renameView(views: readonly SavedView[], from: string, to: string): SavedView[] {
  const name = cleanName(to);
  if (!name || name === from) return [...views];
  return views
    .filter((view) => view.name !== name)
    .map((view) => (view.name === from ? { ...view, name } : view));
}

export function deleteView(views: readonly SavedView[], name: string): SavedView[] {
  return views.filter((view) => view.name !== name);
}

/**
 * Undo of a delete: the view back where it was. Null when a view of its name has been saved
 * since: restoring would replace that one without asking.
 */
export function restoreView(views: readonly SavedView[], view: SavedView, index: number): SavedView[] | null {
  if (hasView(views, view.name)) return null;
  return [...views.slice(0, index), view, ...views.slice(index)];
}

export function exportViews(views: readonly SavedView[]): string {
  return `${JSON.stringify(views, null, 2)}\n`;
}

/** Imported views join the list (a name already saved is replaced); null for a file that is no list. */
export function importViews(
  views: readonly SavedView[],
  text: string,
): { views: SavedView[]; count: number } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const incoming = decodeViews(parsed);
  if (!incoming) return null;
  return { views: incoming.reduce((list, view) => saveView(list, view), [...views]), count: incoming.length };
}

/** Opens a saved view: its URL (a history entry, so Back returns), then its columns if it kept them. */
export function openView(view: SavedView): void {
  navigateSearch(view.search);
  // Every column's visibility as it was when saved (a view saved before a default changed
  // keeps the columns it showed then).
  if (view.columns) columnVisibilityStore.set(view.columns);
}
