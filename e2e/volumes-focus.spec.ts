import { edgePixels, focusRing } from './support/contrast.ts';
import { expect, test } from './support/fixtures.ts';
import { settled, volumeRows } from './support/volumes-page.ts';

// WCAG 2.2 focus appearance: a solid outline at least 2 px thick with 3:1 against what it touches.
for (const scheme of ['light', 'dark'] as const) {
  test(`the focused row shows a solid 2 px outline with 3:1 contrast, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await settled(page);
    const rows = volumeRows(page);
    await page.keyboard.press('j');
    await expect(rows.nth(0)).toBeFocused();
    const ring = await focusRing(rows.nth(0), rows.nth(1));
    expect(ring.style).toBe('solid');
    expect(ring.widthPx).toBeGreaterThanOrEqual(2);
    for (const contrast of ring.contrasts) expect(contrast).toBeGreaterThanOrEqual(3);
    // Painted all round, the sticky name cell included: every edge pixel is the ring's colour.
    const edges = await edgePixels(rows.nth(0), 1);
    expect(new Set(edges.map(String)).size, `edge pixels ${JSON.stringify(edges)}`).toBe(1);
  });
}
