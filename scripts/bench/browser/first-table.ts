import type { Browser, Page, Response } from '@playwright/test';
import { FLOOR_PATH } from '../floor-page.ts';
import { median, round } from '../stats.ts';
import { PROBE, ROW_SELECTOR } from './probe.ts';

/** Milestones of one load, in ms from navigation start: where the time goes. */
export interface FirstTableRun {
  firstRowMs: number;
  firstContentfulPaintMs: number | null;
  /** The JS and CSS index.html names (entry, modulepreloads, stylesheets) received. */
  initialAssetsMs: number | null;
  /** The last JS/CSS file fetched before the first row received (lazy chunks included). */
  assetsMs: number | null;
  /** The table's list request sent, and its response received. */
  listRequestMs: number | null;
  listResponseMs: number | null;
  /** API requests sent before the first row showed. */
  apiRequests: number;
  /** The JS and CSS files fetched before the first row showed. */
  assets: { path: string; responseEnd: number }[];
}

export type Milestones = { [K in Exclude<keyof FirstTableRun, 'assets'>]: number | null };

export interface FirstTable {
  runs: number;
  apiUrl: string;
  app: {
    medianMs: number;
    samples: number[];
    milestones: Milestones;
    /** Every JS/CSS file some run fetched before its first row: what the first table really needs. */
    assetsBeforeFirstRow: string[];
  };
  floor: { medianMs: number; samples: number[]; milestones: Milestones };
  ratio: number;
  /** The app again in the same browser context right after a first visit: HTTP cache warm. */
  warm: { medianMs: number; samples: number[]; milestones: Milestones; ratio: number };
}

const TIMEOUT_MS = 30_000;

async function firstRow(
  page: Page,
  apiPath: string | null,
  initialAssets: readonly string[],
): Promise<FirstTableRun> {
  await page.waitForFunction('window.__bench.firstRowAt !== null', undefined, { timeout: TIMEOUT_MS });
  const run = (await page.evaluate(`(() => {
    const row = window.__bench.firstRowAt;
    const resources = performance.getEntriesByType('resource').filter((r) => r.startTime < row);
    const assets = resources.filter((r) => /\\.(js|css)$/.test(new URL(r.name).pathname));
    const list = resources.find((r) => ${JSON.stringify(apiPath)} !== null && r.name.endsWith(${JSON.stringify(apiPath)}));
    return {
      firstRowMs: row,
      firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      assetsMs: assets.length ? Math.max(...assets.map((r) => r.responseEnd)) : null,
      listRequestMs: list ? list.startTime : null,
      listResponseMs: list ? list.responseEnd : null,
      apiRequests: resources.filter((r) => new URL(r.name).pathname.startsWith('/api/')).length,
      assets: assets.map((r) => ({ path: new URL(r.name).pathname, responseEnd: r.responseEnd })),
    };
  })()`)) as Omit<FirstTableRun, 'initialAssetsMs'>;
  // index.html's own files, from the build: Vite adds modulepreload links at run time too.
  const initial = run.assets.filter((a) => initialAssets.includes(a.path));
  return { ...run, initialAssetsMs: initial.length ? Math.max(...initial.map((a) => a.responseEnd)) : null };
}

function milestones(runs: FirstTableRun[]): Milestones {
  const pick = (key: keyof Milestones) => {
    const values = runs.map((r) => r[key]).filter((v): v is number => v !== null);
    return values.length ? round(median(values)) : null;
  };
  return {
    firstRowMs: pick('firstRowMs'),
    firstContentfulPaintMs: pick('firstContentfulPaintMs'),
    initialAssetsMs: pick('initialAssetsMs'),
    assetsMs: pick('assetsMs'),
    listRequestMs: pick('listRequestMs'),
    listResponseMs: pick('listResponseMs'),
    apiRequests: pick('apiRequests'),
  };
}

interface LoadHooks {
  /** The table's list request, to time it (known after the first load). */
  apiPath?: string;
  /** Paths of index.html's JS and CSS, to time their arrival. */
  initialAssets?: readonly string[];
  /** Before navigation: attach listeners. */
  before?: (page: Page) => void;
  /** After the first row: inspect the loaded page. */
  after?: (page: Page) => Promise<void>;
  /** Visit once untimed in the same context first: a returning user's HTTP cache. */
  warm?: boolean;
}

/** One cold load: a new context has an empty HTTP cache, no code cache and no storage. */
async function coldLoad(browser: Browser, url: string, hooks: LoadHooks = {}): Promise<FirstTableRun> {
  const context = await browser.newContext();
  try {
    if (hooks.warm) {
      const first = await context.newPage();
      await first.addInitScript(PROBE);
      await first.goto(url);
      await first.waitForFunction('window.__bench.firstRowAt !== null', undefined, { timeout: TIMEOUT_MS });
      await first.close();
    }
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    hooks.before?.(page);
    await page.goto(url);
    const run = await firstRow(page, hooks.apiPath ?? null, hooks.initialAssets ?? []);
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
  {
    runs = 15,
    initialAssets = [],
    log = console.log,
  }: { runs?: number; initialAssets?: readonly string[]; log?: (line: string) => void } = {},
): Promise<FirstTable> {
  // Also the untimed warm-up: the first load pays for browser and server start-up.
  const apiPath = await findTableRequest(browser, baseUrl);
  const floorUrl = `${baseUrl}${FLOOR_PATH}?api=${encodeURIComponent(apiPath)}`;
  await coldLoad(browser, floorUrl);

  const app: FirstTableRun[] = [];
  const floor: FirstTableRun[] = [];
  const warm: FirstTableRun[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await coldLoad(browser, `${baseUrl}/`, { apiPath, initialAssets }));
    floor.push(await coldLoad(browser, floorUrl, { apiPath }));
    warm.push(await coldLoad(browser, `${baseUrl}/`, { apiPath, initialAssets, warm: true }));
  }
  const appMs = app.map((r) => round(r.firstRowMs));
  const floorMs = floor.map((r) => round(r.firstRowMs));
  const warmMs = warm.map((r) => round(r.firstRowMs));
  const result = {
    runs,
    apiUrl: apiPath,
    app: {
      medianMs: round(median(appMs)),
      samples: appMs,
      milestones: milestones(app),
      assetsBeforeFirstRow: [...new Set(app.flatMap((r) => r.assets.map((a) => a.path)))].sort(),
    },
    floor: { medianMs: round(median(floorMs)), samples: floorMs, milestones: milestones(floor) },
    ratio: round(median(appMs) / median(floorMs), 2),
    warm: {
      medianMs: round(median(warmMs)),
      samples: warmMs,
      milestones: milestones(warm),
      ratio: round(median(warmMs) / median(floorMs), 2),
    },
  };
  log(
    `  first table: app ${result.app.medianMs} ms cold, ${result.warm.medianMs} ms warm; ` +
      `floor ${result.floor.medianMs} ms (×${result.ratio} cold, ×${result.warm.ratio} warm)`,
  );
  return result;
}
