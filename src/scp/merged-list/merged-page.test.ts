import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergedPage, type MergeSource } from './merged-page.ts';

interface Item {
  key: number;
  group: string;
  id: number;
}

/** Many equal keys on purpose: ties are where merges go wrong. */
const compare = (a: Item, b: Item): number =>
  a.key - b.key || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) || a.id - b.id;

interface Counted {
  reads: number;
  items: number;
}

function source(group: string, keys: readonly number[], stats: Counted, failing = false): MergeSource<Item> {
  const list = keys.map((key, id) => ({ key, group, id })).sort(compare);
  return {
    group,
    read: ({ offset, limit, withCount }) => {
      stats.reads++;
      if (failing) return Promise.reject(new Error(`${group} is down`));
      const items = list.slice(offset, offset + limit);
      stats.items += items.length;
      return Promise.resolve({ items, count: withCount ? list.length : null });
    },
  };
}

const listsArb = fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 120 }), {
  minLength: 1,
  maxLength: 4,
});

function expected(lists: readonly (readonly number[])[], skip: ReadonlySet<number> = new Set()): Item[] {
  return lists
    .flatMap((keys, g) => (skip.has(g) ? [] : keys.map((key, id) => ({ key, group: `g${g}`, id }))))
    .sort(compare);
}

describe('mergedPage', () => {
  it('is the slice of the sorted union for any lists and window, and counts add up', async () => {
    await fc.assert(
      fc.asyncProperty(
        listsArb,
        fc.nat(500),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 2, max: 6 }),
        async (lists, offset, limit, maxRead, fences) => {
          const stats = { reads: 0, items: 0 };
          const sources = lists.map((keys, g) => source(`g${g}`, keys, stats));
          const page = await mergedPage(sources, { compare, offset, limit }, { maxRead, fences });
          const union = expected(lists);
          expect(page.items).toEqual(union.slice(offset, offset + limit));
          expect(page.count).toBe(union.length);
          expect(page.failures).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('pages through every item exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(listsArb, fc.integer({ min: 1, max: 25 }), async (lists, limit) => {
        const stats = { reads: 0, items: 0 };
        const sources = lists.map((keys, g) => source(`g${g}`, keys, stats));
        const seen: Item[] = [];
        for (let offset = 0; ; offset += limit) {
          const page = await mergedPage(sources, { compare, offset, limit }, { maxRead: 8, fences: 3 });
          seen.push(...page.items);
          if (offset + limit >= page.count) break;
        }
        expect(seen).toEqual(expected(lists));
      }),
      { numRuns: 100 },
    );
  });

  it('leaves a failing group out and reports it: a partial answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        listsArb,
        fc.nat(3),
        fc.nat(300),
        fc.integer({ min: 1, max: 30 }),
        async (lists, down, offset, limit) => {
          const stats = { reads: 0, items: 0 };
          const failing = down % lists.length;
          const sources = lists.map((keys, g) => source(`g${g}`, keys, stats, g === failing));
          const page = await mergedPage(sources, { compare, offset, limit }, { maxRead: 6, fences: 3 });
          const union = expected(lists, new Set([failing]));
          expect(page.items).toEqual(union.slice(offset, offset + limit));
          expect(page.count).toBe(union.length);
          expect(page.failures.map((failure) => failure.group)).toEqual([`g${failing}`]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('drops a group that fails in the middle of a deep window and still answers exactly', async () => {
    const stats = { reads: 0, items: 0 };
    const healthy = source(
      'a',
      Array.from({ length: 300 }, (_, i) => i % 17),
      stats,
    );
    const flaky = source(
      'b',
      Array.from({ length: 300 }, (_, i) => i % 13),
      stats,
    );
    let calls = 0;
    const breaking: MergeSource<Item> = {
      group: 'b',
      read: (request) => (++calls > 1 ? Promise.reject(new Error('b went down')) : flaky.read(request)),
    };
    const page = await mergedPage(
      [healthy, breaking],
      { compare, offset: 200, limit: 10 },
      { maxRead: 20, fences: 4 },
    );
    const onlyA = Array.from({ length: 300 }, (_, id) => ({ key: id % 17, group: 'a', id })).sort(compare);
    expect(page.items).toEqual(onlyA.slice(200, 210));
    expect(page.count).toBe(300);
    expect(page.failures).toHaveLength(1);
  });

  it('reads a deep window without reading every item before it', async () => {
    const stats = { reads: 0, items: 0 };
    const keys = (salt: number) => Array.from({ length: 50_000 }, (_, i) => (i * 7919 + salt) % 100_003);
    const sources = [source('kr-east1', keys(1), stats), source('kr-west1', keys(2), stats)];
    const page = await mergedPage(sources, { compare, offset: 10_000, limit: 20 });
    expect(page.items).toEqual(
      expected([keys(1), keys(2)])
        .slice(10_000, 10_020)
        .map(relabel),
    );
    expect(page.count).toBe(100_000);
    // Reading the heads naively would be 2 × 10,020 items in 22 reads.
    expect(stats.items).toBeLessThan(5_000);
  });
});

function relabel(item: Item): Item {
  return { ...item, group: item.group === 'g0' ? 'kr-east1' : 'kr-west1' };
}
