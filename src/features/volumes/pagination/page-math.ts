export interface PageInfo {
  /** 1-based index of the first row shown; 0 when the page is empty. */
  from: number;
  to: number;
  /** null when the API sent no count. */
  lastPage: number | null;
  hasPrevious: boolean;
  hasNext: boolean;
  /** The URL asks for a page after the last one (e.g. page=999). */
  outOfRange: boolean;
}

/** Paging arithmetic from the view and the response: one place, tested, no off-by-ones in JSX. */
export function pageInfo(page: number, perPage: number, count: number | null, rowsOnPage: number): PageInfo {
  const lastPage = count === null ? null : Math.max(1, Math.ceil(count / perPage));
  const offset = (page - 1) * perPage;
  const outOfRange = lastPage !== null && page > lastPage;
  return {
    from: rowsOnPage > 0 ? offset + 1 : 0,
    to: rowsOnPage > 0 ? offset + rowsOnPage : 0,
    lastPage,
    hasPrevious: page > 1,
    // Without a count, a full page suggests there may be more.
    hasNext: lastPage === null ? rowsOnPage === perPage : page < lastPage,
    outOfRange,
  };
}

/** A typed page number, clamped into range; null when it is not a number at all. */
export function clampPage(input: string, lastPage: number | null): number | null {
  const value = Number.parseInt(input, 10);
  if (!Number.isFinite(value)) return null;
  return Math.min(Math.max(1, value), lastPage ?? Number.MAX_SAFE_INTEGER);
}
