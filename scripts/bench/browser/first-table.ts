import type { Browser, Page, Response } from '@playwright/test';
import { FLOOR_PATH } from '../floor-page.ts';
import { median, round } from '../stats.ts';
import { PROBE, ROW_SELECTOR } from './probe.ts';

export interface FirstTableRun {
  firstRowMs: number;
  firstContentfulPaintMs: number | null;
}

export interface FirstTable {
  runs: number;
  apiUrl: string;
  app: { medianMs: number; samples: number[]; fcpMedianMs: number | null };
  floor: { medianMs: number; samples: number[] };
  ratio: number;
}

const TIMEOUT_MS = 30_000;

async function firstRow(page: Page): Promise<FirstTableRun> {
  await page.waitForFunction('window.__bench.firstRowAt !== null', undefined, { timeout: TIMEOUT_MS });
  return (await page.evaluate(`({
    firstRowMs: window.__bench.firstRowAt,
    firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  })`)) as FirstTableRun;
}

interface LoadHooks {
  /** Before navigation: attach listeners. */
  before?: (page: Page) => void;
  /** After the first row: inspect the loaded page. */
  after?: (page: Page) => Promise<void>;
}

/** One cold load: a new context has an empty HTTP cache, no code cache and no storage. */
async function coldLoad(browser: Browser, url: string, hooks: LoadHooks = {}): Promise<FirstTableRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    hooks.before?.(page);
    await page.goto(url);
    const run = await firstRow(page);
    await hooks.after?.(page);
    return run;
  } finally {
    await context.close();
  }
}

interface ListBody {
  volumes?: { id?: string }[];
}

/**
 * The app sends several list requests on load (state counts with limit=1 among them): the
 * floor must fetch the one whose rows the table shows, recognised by the first row's id.
 */
async function findTableRequest(browser: Browser, baseUrl: string): Promise<string> {
  const responses: Response[] = [];
  let found: string | undefined;
  await coldLoad(browser, `${baseUrl}/`, {
    before: (page) =>
      page.on('response', (response) => {
        if (new URL(response.url()).pathname === '/api/v1/volumes') responses.push(response);
      }),
    after: async (page) => {
      const firstId = await page.locator(ROW_SELECTOR).first().getAttribute('data-row-id');
      for (const response of responses) {
        const body = (await response.json()) as ListBody;
        if ((body.volumes?.length ?? 0) > 1 && body.volumes?.[0]?.id === firstId) {
          const url = new URL(response.url());
          found = url.pathname + url.search;
          return;
        }
      }
    },
  });
  if (!found) throw new Error('no /api/v1/volumes response holds the rows the table shows');
  return found;
}

/**
 * Navigation start → first data row shown, for the app and for the floor page fed by the very
 * request the app made, alternating so drift on a shared machine hits both alike.
 */
export async function measureFirstTable(
  browser: Browser,
  baseUrl: string,
  { runs = 15, log = console.log }: { runs?: number; log?: (line: string) => void } = {},
): Promise<FirstTable> {
  // Also the untimed warm-up: the first load pays for browser and server start-up.
  const apiPath = await findTableRequest(browser, baseUrl);
  const floorUrl = `${baseUrl}${FLOOR_PATH}?api=${encodeURIComponent(apiPath)}`;
  await coldLoad(browser, floorUrl);

  const app: FirstTableRun[] = [];
  const floor: FirstTableRun[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await coldLoad(browser, `${baseUrl}/`));
    floor.push(await coldLoad(browser, floorUrl));
  }
  const appMs = app.map((r) => round(r.firstRowMs));
  const floorMs = floor.map((r) => round(r.firstRowMs));
  const fcp = app.map((r) => r.firstContentfulPaintMs).filter((v): v is number => v !== null);
  const result = {
    runs,
    apiUrl: apiPath,
    app: {
      medianMs: round(median(appMs)),
      samples: appMs,
      fcpMedianMs: fcp.length ? round(median(fcp)) : null,
    },
    floor: { medianMs: round(median(floorMs)), samples: floorMs },
    ratio: round(median(appMs) / median(floorMs), 2),
  };
  log(`  first table: app ${result.app.medianMs} ms, floor ${result.floor.medianMs} ms (×${result.ratio})`);
  return result;
}
