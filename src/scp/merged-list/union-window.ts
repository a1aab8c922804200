import { MAX_LIMIT } from '../list-query.ts';
import type { Comparator } from '../sort-order.ts';
import { mapLimit } from './map-limit.ts';

/** Reads up to `limit` items of one sorted list from position `offset` (one upstream request). */
export type ReadRange<T> = (offset: number, limit: number) => Promise<T[]>;

export interface SortedList<T> {
  read: ReadRange<T>;
  /** How many items the list holds (its `count`). */
  count: number;
}

/** Which items of a sorted union: positions [offset, offset + limit) in `compare`'s order. */
export interface UnionSlice<T> {
  compare: Comparator<T>;
  offset: number;
  limit: number;
}

export interface WindowTuning {
  /** Largest single read: the API's page limit. */
  maxRead?: number;
  /** Probes per list and round while narrowing a deep window. */
  fences?: number;
  /** Reads in flight at once, per call. */
  concurrency?: number;
}

/** A run of consecutive positions of one list. */
interface Span<T> {
  read: ReadRange<T>;
  start: number;
  length: number;
}

interface Fence<T> {
  at: number;
  item: T;
}

const MAX_ROUNDS = 16;
/** A round that leaves more than this share of the positions is not worth another. */
const PROGRESS = 0.9;

/**
 * Items [offset, offset + limit) of the sorted union of sorted lists, exactly, with `compare` a
 * total order consistent with every list's own order (ties broken so no two items compare 0).
 *
 * Shallow windows (offset + limit within one read per list) read each list's head once. Deeper
 * ones narrow first: each round reads a few single items ("fences") at even steps of every list,
 * bounds each fence's rank in the union from the other lists' fences, and keeps per list only
 * the positions between the last fence certainly before the window and the first certainly
 * after it; the skipped positions come off the offset. Cost per round: `fences` one-item reads
 * per list; a round shrinks the positions in play several-fold, and the window itself is then
 * read with about one page-sized read per list. Offset 10,000 over two lists costs a few
 * dozen one-item reads and two or three page reads, instead of 11 full pages per list.
 */
export async function unionWindow<T>(
  lists: readonly SortedList<T>[],
  { compare, offset, limit }: UnionSlice<T>,
  tuning: WindowTuning = {},
): Promise<T[]> {
  const settings = { maxRead: MAX_LIMIT, fences: 12, concurrency: 8, ...tuning };
  if (limit <= 0) return [];
  let spans: Span<T>[] = lists.map((list) => ({ read: list.read, start: 0, length: list.count }));
  for (let round = 0; ; round++) {
    const end = offset + limit;
    spans = spans
      .map((span) => ({ ...span, length: Math.min(span.length, end) }))
      .filter((s) => s.length > 0);
    const positions = sum(spans.map((span) => span.length));
    if (spans.every((span) => span.length <= settings.maxRead) || round >= MAX_ROUNDS) break;
    const fenced = await Promise.all(spans.map((span) => readFences(span, settings)));
    const narrowed = narrow(spans, fenced, compare, offset, limit);
    if (sum(narrowed.spans.map((span) => span.length)) > positions * PROGRESS) break;
    spans = narrowed.spans;
    offset -= narrowed.skipped;
  }
  return readWhole(spans, compare, settings).then((items) => items.slice(offset, offset + limit));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

async function readFences<T>(span: Span<T>, settings: Required<WindowTuning>): Promise<Fence<T>[]> {
  const step = Math.ceil(span.length / settings.fences);
  const positions: number[] = [];
  for (let at = 0; at < span.length; at += step) positions.push(at);
  const items = await mapLimit(positions, settings.concurrency, (at) => span.read(span.start + at, 1));
  // A list that shrank since its count (churn) just has fewer fences.
  return positions.flatMap((at, i) => {
    const item = items[i]?.[0];
    return item === undefined ? [] : [{ at, item }];
  });
}

/** Positions of `span` certainly before, and certainly after, item `item`. */
function rankBounds<T>(fences: readonly Fence<T>[], length: number, item: T, compare: Comparator<T>) {
  let low = 0;
  for (const fence of fences) {
    const order = compare(fence.item, item);
    if (order < 0) low = fence.at + 1;
    else if (order > 0) return { low, high: fence.at };
  }
  return { low, high: length };
}

function narrow<T>(
  spans: readonly Span<T>[],
  fenced: readonly (readonly Fence<T>[])[],
  compare: Comparator<T>,
  offset: number,
  limit: number,
): { spans: Span<T>[]; skipped: number } {
  let before: T | undefined;
  let after: T | undefined;
  fenced.forEach((fences, i) => {
    for (const fence of fences) {
      let low = fence.at;
      let high = fence.at;
      fenced.forEach((others, j) => {
        if (j === i) return;
        const bounds = rankBounds(others, spans[j]?.length ?? 0, fence.item, compare);
        low += bounds.low;
        high += bounds.high;
      });
      if (high <= offset && (before === undefined || compare(fence.item, before) > 0)) before = fence.item;
      if (low >= offset + limit - 1 && (after === undefined || compare(fence.item, after) < 0)) {
        after = fence.item;
      }
    }
  });
  let skipped = 0;
  const next = spans.map((span, i) => {
    const fences = fenced[i] ?? [];
    let from = 0;
    let to = span.length;
    for (const fence of fences) {
      if (before !== undefined && compare(fence.item, before) <= 0) from = fence.at;
      if (after !== undefined && compare(fence.item, after) > 0) {
        to = fence.at;
        break;
      }
    }
    to = Math.max(to, from);
    skipped += from;
    return { read: span.read, start: span.start + from, length: to - from };
  });
  return { spans: next, skipped };
}

/** Every item of the spans, in union order. */
async function readWhole<T>(
  spans: readonly Span<T>[],
  compare: Comparator<T>,
  settings: Required<WindowTuning>,
): Promise<T[]> {
  const reads: { span: Span<T>; at: number; length: number }[] = [];
  for (const span of spans) {
    for (let at = 0; at < span.length; at += settings.maxRead) {
      reads.push({ span, at, length: Math.min(settings.maxRead, span.length - at) });
    }
  }
  const pages = await mapLimit(reads, settings.concurrency, ({ span, at, length }) =>
    span.read(span.start + at, length),
  );
  return pages.flat().sort(compare);
}
