import { expect } from 'vitest';

/** `element` shows each of `texts` somewhere in its text (a failure names the one missing). */
export function expectTexts(element: HTMLElement, texts: (string | RegExp)[]): void {
  for (const text of texts) expect(element).toHaveTextContent(text);
}
