import type { Browser, Page } from '@playwright/test';
import { median, round } from '../stats.ts';
import { openApp, timeInteraction, volumesTable } from './page-actions.ts';
import type { InteractionSample, ScrollResult } from './probe.ts';

export interface InteractionFigures {
  label: string;
  samples: number;
  medianMs: number;
  maxMs: number;
  /** Long tasks (> 50 ms) per interaction: median and the total over all samples. */
  longTasksMedian: number;
  longTasksTotal: number;
  /** Samples in which the table waited for the network (0 = served from cache or prefetch). */
  networkWaits: number;
}

export interface Interactions {
  items: InteractionFigures[];
  thousandRows: {
    renderMedianMs: number;
    samples: number[];
    longTasksMedian: number;
    scroll: ScrollResult;
  };
}

function figures(label: string, samples: InteractionSample[]): InteractionFigures {
  return {
    label,
    samples: samples.length,
    medianMs: round(median(samples.map((s) => s.ms))),
    maxMs: round(Math.max(...samples.map((s) => s.ms))),
    longTasksMedian: median(samples.map((s) => s.longTasks)),
    longTasksTotal: samples.reduce((sum, s) => sum + s.longTasks, 0),
    networkWaits: samples.filter((s) => s.waitedForNetwork).length,
  };
}

async function repeat(
  times: number,
  run: (i: number) => Promise<InteractionSample>,
): Promise<InteractionSample[]> {
  const out: InteractionSample[] = [];
  for (let i = 0; i < times; i++) out.push(await run(i));
  return out;
}

async function closeDrawer(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

/** The four everyday clicks, each repeated in one warm page, as a user would use it. */
async function everydayClicks(page: Page, iterations: number): Promise<InteractionFigures[]> {
  const table = volumesTable(page);
  const next = page.getByRole('button', { name: 'Next page' });
  const nextPage = await repeat(iterations, () => timeInteraction(page, 'rows', () => next.click()));

  const sizeHeader = table.getByRole('columnheader', { name: 'Size' }).getByRole('button');
  // Unsorted → ascending → descending → unsorted: every click changes the rows.
  const sort = await repeat(iterations, () => timeInteraction(page, 'rows', () => sizeHeader.click()));

  const state = page.getByRole('combobox', { name: 'State' });
  const states = ['available', 'in-use'];
  const filter = await repeat(iterations, (i) =>
    timeInteraction(page, 'rows', () => state.selectOption(states[i % states.length] ?? 'available')),
  );
  await state.selectOption('');
  await page.waitForTimeout(500);

  const rows = table.locator('tbody tr[data-row-id]');
  const drawer = await repeat(iterations, async (i) => {
    const sample = await timeInteraction(page, 'dialog', () => rows.nth(i % 10).click());
    await closeDrawer(page);
    return sample;
  });

  return [
    figures('Next page → rows shown', nextPage),
    figures('Sort toggle (Size) → rows shown', sort),
    figures('Filter change (State) → matching rows shown', filter),
    figures('Row click → drawer open with content', drawer),
  ];
}

const WHEEL_PX = 120;
const MAX_WHEELS = 2_000;

/** Wheel input over the table, as fast as it is accepted, until the last row is in view. */
async function scrollToEnd(page: Page): Promise<ScrollResult> {
  await volumesTable(page).hover();
  await page.evaluate('window.__bench.startFrames()');
  let wheels = 0;
  do {
    for (let i = 0; i < 20; i++) await page.mouse.wheel(0, WHEEL_PX);
    wheels += 20;
  } while (wheels < MAX_WHEELS && !(await page.evaluate('window.__bench.scrolledToEnd()')));
  const scroll = (await page.evaluate('window.__bench.stopFrames()')) as ScrollResult;
  if (wheels >= MAX_WHEELS)
    throw new Error(`${MAX_WHEELS} wheel steps reached row ${scroll.maxRowIndex + 1} only`);
  return scroll;
}

/** "Rows per page" 20 → 1,000 on a cold page (network included), then a scroll to the end. */
async function thousandRows(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<Interactions['thousandRows']> {
  const samples: InteractionSample[] = [];
  let scroll: ScrollResult | undefined;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await openApp(page, `${baseUrl}/`);
      const perPage = page.getByRole('combobox', { name: 'Rows per page' });
      samples.push(await timeInteraction(page, 'rows', () => perPage.selectOption('1000')));
      if (i === runs - 1) scroll = await scrollToEnd(page);
    } finally {
      await context.close();
    }
  }
  if (!scroll) throw new Error('no scroll run');
  return {
    renderMedianMs: round(median(samples.map((s) => s.ms))),
    samples: samples.map((s) => round(s.ms)),
    longTasksMedian: median(samples.map((s) => s.longTasks)),
    scroll: {
      ...scroll,
      ms: round(scroll.ms),
      maxFrameMs: round(scroll.maxFrameMs),
      longTaskMs: round(scroll.longTaskMs),
    },
  };
}

export async function measureInteractions(
  browser: Browser,
  baseUrl: string,
  { iterations = 12, thousandRowRuns = 5, log = console.log } = {},
): Promise<Interactions> {
  const context = await browser.newContext();
  let items: InteractionFigures[];
  try {
    const page = await context.newPage();
    await openApp(page, `${baseUrl}/`);
    items = await everydayClicks(page, iterations);
  } finally {
    await context.close();
  }
  for (const item of items) {
    log(
      `  ${item.label}: ${item.medianMs} ms, long tasks ${item.longTasksMedian}, network waits ${item.networkWaits}/${item.samples}`,
    );
  }
  const thousand = await thousandRows(browser, baseUrl, thousandRowRuns);
  log(
    `  1,000 rows: ${thousand.renderMedianMs} ms to render; scroll: ${thousand.scroll.longTasks} long tasks, max frame ${thousand.scroll.maxFrameMs} ms`,
  );
  return { items, thousandRows: thousand };
}
