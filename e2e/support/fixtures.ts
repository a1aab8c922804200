import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Every spec imports `test` and `expect` from here. A console error or an uncaught page error
 * fails the test that caused it: React's development warnings, a chunk that failed to load or a
 * render that threw are bugs, even when the journey's own assertions happen to pass.
 */

/** A console error a journey causes on purpose (a deliberately failing upstream), and why. */
export interface ExpectedConsoleError {
  /** Matched against `<message text> @ <source URL>`. */
  message: RegExp;
  why: string;
}

/**
 * For fault journeys only: with a deliberately failing upstream every /api call answers 4xx or
 * 5xx, and Chromium logs each such answer as a console error. Nothing else is excused.
 */
export const FAILING_UPSTREAM: ExpectedConsoleError = {
  message:
    /^console\.error: Failed to load resource: the server responded with a status of [45]\d\d .* @ http:\/\/localhost:\d+\/api\//,
  why: 'the upstream fails on purpose; Chromium logs every failed /api answer',
};

interface Fixtures {
  /** What the watched contexts reported, in order. */
  consoleErrors: string[];
  /**
   * Empty unless a fault journey declares, with its reason, the errors it provokes. At most one
   * entry per test.use (join patterns with |): Playwright takes a two-element array there for
   * [value, fixture options] and would drop the second.
   */
  expectedConsoleErrors: ExpectedConsoleError[];
  /** Auto: collects console errors and page errors, and fails the test on any unexpected one. */
  consoleGuard: void;
  /** A page in a new browser context (no storage, no cache), watched like `page`. */
  freshPage: () => Promise<Page>;
}

function watch(context: BrowserContext, errors: string[]): void {
  context.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`console.error: ${message.text()} @ ${message.location().url}`);
  });
  context.on('weberror', (error) =>
    errors.push(`page error: ${error.error().stack ?? error.error().message}`),
  );
}

export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  consoleErrors: async ({}, use) => use([]),
  consoleGuard: [
    async ({ context, consoleErrors, expectedConsoleErrors }, use) => {
      watch(context, consoleErrors);
      await use();
      const unexpected = consoleErrors.filter(
        (error) => !expectedConsoleErrors.some(({ message }) => message.test(error)),
      );
      expect(unexpected, 'console errors or page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
  freshPage: async ({ browser, baseURL, locale, httpCredentials, consoleErrors }, use) => {
    const opened: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL, locale, httpCredentials });
      opened.push(context);
      watch(context, consoleErrors);
      return context.newPage();
    });
    await Promise.all(opened.map((context) => context.close()));
  },
});

export { expect };
