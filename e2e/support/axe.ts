import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * A scan in the page itself: the default mode opens a second, blank page to assemble the
 * results, which is worth it only for pages with cross-origin frames (the dashboard has no
 * frame). Every rule still checks every node; only the violations come back in full. Together
 * they took a 1440 px scan from 5.2 s to 2.3 s.
 */
export function axeScan(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
}

/**
 * WCAG 2.1 A/AA violations of serious or critical impact, one line each (empty when clean);
 * `include` narrows the scan to one part of the page (a CSS selector).
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = axeScan(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/**
 * The same scan in the light and the dark palette, the page's emulated colour scheme switched in
 * place and back (the app follows it while no theme is chosen): one line per violation, prefixed
 * with its scheme. A page whose own theme toggle was used keeps that theme: scan it before.
 */
export async function seriousViolationsInBothSchemes(page: Page, include?: string): Promise<string[]> {
  const found: string[] = [];
  const html = page.locator('html');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(html).toHaveClass(scheme === 'dark' ? /(^|\s)dark(\s|$)/ : /^(?!.*\bdark\b)/);
    found.push(...(await seriousViolations(page, include)).map((line) => `${scheme}: ${line}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
