import type { Page } from '@playwright/test';
import { type InteractionSample, PROBE } from './probe.ts';

const TIMEOUT_MS = 30_000;

/** A user's pause between actions: long enough for a prefetch to finish, as it would. */
export const SETTLE_MS = 500;

export function volumesTable(page: Page) {
  return page.getByRole('table', { name: 'Volumes' });
}

/** Opens the app with the probe installed and waits for the first data row. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.addInitScript(PROBE);
  await page.goto(url);
  await page.waitForFunction('window.__bench.firstRowAt !== null', undefined, { timeout: TIMEOUT_MS });
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * Times one interaction in the page: from the input event's timestamp to the frame that
 * shows its result (probe.ts), so Playwright's own round trips are not counted.
 */
export async function timeInteraction(
  page: Page,
  kind: InteractionSample['kind'],
  action: () => Promise<unknown>,
  settleMs = SETTLE_MS,
): Promise<InteractionSample> {
  await page.evaluate(`window.__bench.arm(${JSON.stringify(kind)})`);
  await action();
  await page.waitForFunction('window.__bench.armed.end !== null', undefined, { timeout: TIMEOUT_MS });
  await page.waitForTimeout(settleMs);
  return (await page.evaluate(`window.__bench.collect(${settleMs})`)) as InteractionSample;
}
