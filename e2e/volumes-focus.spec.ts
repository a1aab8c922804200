import { edgePixels, focusRing } from './support/contrast.ts';
import { expect, test } from './support/fixtures.ts';
import { settled, volumeRows } from './support/volumes-page.ts';

// WCAG 2.2 focus appearance: a solid outline at least 2 px thick with 3:1 against what it touches.
test('the focused row shows a solid 2 px outline with 3:1 contrast, light and dark', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const rows = volumeRows(page);
  await page.keyboard.press('j');
  await expect(rows.nth(0)).toBeFocused();
  // The app follows the system's scheme while no theme is chosen: switched in place, focus stays.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveClass(
      scheme === 'dark' ? /(^|\s)dark(\s|$)/ : /^(?!.*\bdark\b)/,
    );
    await expect(rows.nth(0)).toBeFocused();
    const ring = await focusRing(rows.nth(0), rows.nth(1));
    expect(ring.style, scheme).toBe('solid');
    expect(ring.widthPx, scheme).toBeGreaterThanOrEqual(2);
    for (const contrast of ring.contrasts) expect(contrast, scheme).toBeGreaterThanOrEqual(3);
    // Painted all round, the sticky name cell included: every edge pixel is the ring's colour.
    const edges = await edgePixels(rows.nth(0), 1);
    expect(new Set(edges.map(String)).size, `${scheme} edge pixels ${JSON.stringify(edges)}`).toBe(1);
  }
});
