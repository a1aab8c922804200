import { MAX_LIMIT } from '../list-query.ts';
import { type SortedList, type UnionSlice, unionWindow, type WindowTuning } from './union-window.ts';

export interface SliceRequest {
  offset: number;
  limit: number;
  withCount: boolean;
}

export interface Slice<T> {
  items: T[];
  count: number | null;
}

/** One upstream list query (one region, one state, …), read a slice at a time. */
export interface MergeSource<T> {
  /** What a failure is reported against (a region): one failing source drops its whole group. */
  group: string;
  read: (request: SliceRequest) => Promise<Slice<T>>;
}

export interface GroupFailure {
  group: string;
  error: unknown;
}

export interface MergedPage<T> {
  items: T[];
  /** Sum of the counts of the groups that answered. */
  count: number;
  /** Empty for a complete answer; otherwise `items` and `count` leave these groups out. */
  failures: GroupFailure[];
}

/** Tags a read's failure with its group, so the merge knows which group to drop. */
class SourceFailure extends Error {
  constructor(
    readonly group: string,
    readonly error: unknown,
  ) {
    super(`source ${group} failed`);
  }
}

const MISSING_COUNT = 'The upstream list answered without a count.';

/**
 * The page [offset, offset + limit) of the sorted union of several list queries, with their
 * total count. `compare` must be a total order that agrees with each source's own order
 * (the API's order, then a tie-break between sources, e.g. region then id).
 *
 * Upstream cost: one request per source when offset + limit ≤ 1000 (the common case);
 * deeper pages add the narrowing rounds of `unionWindow`. A group whose request fails is
 * dropped and reported; the others still make a page (a partial answer).
 */
export async function mergedPage<T>(
  sources: readonly MergeSource<T>[],
  slice: UnionSlice<T>,
  tuning: WindowTuning = {},
): Promise<MergedPage<T>> {
  const { compare, offset, limit } = slice;
  const maxRead = tuning.maxRead ?? MAX_LIMIT;
  const shallow = offset + limit <= maxRead;
  const heads = await Promise.allSettled(
    sources.map((source) => source.read({ offset: 0, limit: shallow ? offset + limit : 1, withCount: true })),
  );
  const failures: GroupFailure[] = [];
  const fail = (group: string, error: unknown): void => {
    if (!failures.some((failure) => failure.group === group)) failures.push({ group, error });
  };
  heads.forEach((head, i) => {
    const group = sources[i]?.group ?? '';
    if (head.status === 'rejected') fail(group, head.reason);
    else if (head.value.count === null) fail(group, new Error(MISSING_COUNT));
  });

  for (;;) {
    const live = sources.flatMap((source, i) => {
      const head = heads[i];
      if (head?.status !== 'fulfilled' || failures.some((failure) => failure.group === source.group))
        return [];
      return [{ source, head: head.value }];
    });
    const count = live.reduce((total, { head }) => total + (head.count ?? 0), 0);
    if (shallow) {
      const items = live.flatMap(({ head }) => head.items).sort(compare);
      return { items: items.slice(offset, offset + limit), count, failures };
    }
    const lists: SortedList<T>[] = live.map(({ source, head }) => ({
      count: head.count ?? 0,
      read: (at, length) =>
        source.read({ offset: at, limit: length, withCount: false }).then(
          (slice) => slice.items,
          (error: unknown) => {
            throw new SourceFailure(source.group, error);
          },
        ),
    }));
    try {
      const items = await unionWindow(lists, slice, tuning);
      return { items, count, failures };
    } catch (error) {
      if (!(error instanceof SourceFailure)) throw error;
      // Drop that group and select again among the others (their counts are still good).
      fail(error.group, error.error);
    }
  }
}
