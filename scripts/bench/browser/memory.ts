import type { Browser, CDPSession } from '@playwright/test';
import { round } from '../stats.ts';
import { openApp, timeInteraction } from './page-actions.ts';

export interface HeapSample {
  round: number;
  page: number;
  heapMB: number;
}

export interface Memory {
  pages: number;
  rounds: number;
  samples: HeapSample[];
  /** Heap after each round, back on page 1. */
  afterRoundMB: number[];
  /** Heap added by the second round over the same pages: near zero when it levels off. */
  secondRoundGrowthMB: number;
  levelsOff: boolean;
}

async function heapMB(cdp: CDPSession): Promise<number> {
  // Twice: one collection can leave garbage that only a second pass frees (weak refs, finalisers).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return round(usedSize / 1e6, 2);
}

/** Growth under this, or under 10 % of the first round's, counts as levelled off. */
const LEVEL_TOLERANCE_MB = 1;

/**
 * Pages forward `pages` times and back, twice. The first round fills the query cache; a second
 * round over the same pages must not add much more, or something grows without bound.
 */
export async function measureMemory(
  browser: Browser,
  baseUrl: string,
  { pages = 50, rounds = 2, every = 10, log = console.log } = {},
): Promise<Memory> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openApp(page, `${baseUrl}/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const samples: HeapSample[] = [{ round: 0, page: 1, heapMB: await heapMB(cdp) }];
    const afterRound: number[] = [];
    const next = page.getByRole('button', { name: 'Next page' });
    const previous = page.getByRole('button', { name: 'Previous page' });
    for (let r = 1; r <= rounds; r++) {
      for (const [button, direction] of [
        [next, 1],
        [previous, -1],
      ] as const) {
        for (let i = 1; i <= pages; i++) {
          await timeInteraction(page, 'rows', () => button.click(), 0);
          if (i % every === 0) {
            const at = direction === 1 ? 1 + i : 1 + pages - i;
            samples.push({ round: r, page: at, heapMB: await heapMB(cdp) });
          }
        }
      }
      afterRound.push(samples.at(-1)?.heapMB ?? Number.NaN);
      log(`  memory: round ${r}: ${afterRound.at(-1)} MB after ${pages} pages forward and back`);
    }
    const start = samples[0]?.heapMB ?? 0;
    const first = (afterRound[0] ?? 0) - start;
    const growth = round((afterRound.at(-1) ?? 0) - (afterRound[0] ?? 0), 2);
    return {
      pages,
      rounds,
      samples,
      afterRoundMB: afterRound,
      secondRoundGrowthMB: growth,
      levelsOff: growth <= Math.max(LEVEL_TOLERANCE_MB, 0.1 * first),
    };
  } finally {
    await context.close();
  }
}
