import { within } from '@testing-library/react';
import { expect } from 'vitest';

/** `element` shows each of `texts` somewhere in its text (a failure names the one missing). */
export function expectTexts(element: HTMLElement, texts: (string | RegExp)[]): void {
  for (const text of texts) expect(element).toHaveTextContent(text);
}

/** The text of each element of `role` inside `element`, in order: a table's cells or headers. */
export function textsOf(element: HTMLElement, role: 'cell' | 'columnheader' = 'cell'): (string | null)[] {
  return within(element)
    .getAllByRole(role)
    .map((cell) => cell.textContent);
}
