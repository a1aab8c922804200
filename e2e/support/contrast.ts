import type { Locator } from '@playwright/test';

/** What a focused element's outline looks like, and the colours it sits next to. */
export interface FocusRing {
  style: string;
  widthPx: number;
  /** Contrast of the outline against each adjacent colour (WCAG ratio). */
  contrasts: number[];
}

/**
 * Reads the outline of `focused` and its contrast against the element's own painted background
 * and against `neighbour`'s (the unfocused colour beside it). Colours go through a canvas so
 * oklch() and translucent backgrounds come out as the sRGB pixels the user sees.
 */
export async function focusRing(focused: Locator, neighbour: Locator): Promise<FocusRing> {
  const target = await focused.elementHandle();
  return neighbour.evaluate((other, target) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    /** The colour painted at `element`: its background over every ancestor's, opaque white last. */
    const painted = (element: Element | null): string[] => {
      const layers: string[] = [];
      for (let node = element; node; node = node.parentElement) {
        layers.unshift(getComputedStyle(node).backgroundColor);
      }
      return ['#fff', ...layers];
    };
    const pixel = (layers: string[]) => {
      ctx.clearRect(0, 0, 1, 1);
      for (const fill of layers) {
        ctx.fillStyle = fill;
        ctx.fillRect(0, 0, 1, 1);
      }
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const style = getComputedStyle(target);
    // The row's paint is its cells' paint: a <tr> background is usually transparent.
    const cellOf = (row: Element) => row.querySelector('td') ?? row;
    const ring = pixel([...painted(cellOf(target)), style.outlineColor]);
    const contrasts = [cellOf(target), cellOf(other)].map((el) => ratio(ring, pixel(painted(el))));
    return { style: style.outlineStyle, widthPx: parseFloat(style.outlineWidth), contrasts };
  }, target);
}

/**
 * The pixels on the outline's path around `element` as rendered (screenshot): the left edge's
 * middle, and the top edge near the left end and in the middle. A computed outline can
 * still be painted over, e.g. by a sticky cell with its own background.
 */
export async function edgePixels(element: Locator, inset: number): Promise<number[][]> {
  const png = (await element.screenshot({ animations: 'disabled' })).toString('base64');
  return element.page().evaluate(
    async ({ data, at }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(image, 0, 0);
      const points = [
        [at, image.height / 2],
        [40, at],
        [image.width / 2, at],
      ];
      return points.map(([x, y]) => [
        ...ctx.getImageData(Math.floor(x!), Math.floor(y!), 1, 1).data.slice(0, 3),
      ]);
    },
    { data: png, at: inset },
  );
}
