import { afterEach, describe, expect, it } from 'vitest';
import { trapTab } from './focus-trap.ts';

function tab(container: HTMLElement, shiftKey = false): boolean {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true });
  trapTab(event, container);
  return event.defaultPrevented;
}

function dialog(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `
    <h2 tabindex="-1">Title</h2>
    <button disabled>Previous</button>
    <button>Close</button>
    <details><summary>Raw JSON</summary><pre tabindex="0">{}</pre></details>`;
  document.body.append(container);
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('trapTab', () => {
  it('wraps from the summary of a closed <details> (its content cannot take focus) to the first button', () => {
    const container = dialog();
    container.querySelector('summary')!.focus();
    expect(tab(container)).toBe(true);
    expect(document.activeElement).toHaveTextContent('Close');
  });

  it('wraps to the <details> content once it is open', () => {
    const container = dialog();
    container.querySelector('details')!.open = true;
    container.querySelector('summary')!.focus();
    expect(tab(container)).toBe(false);
    container.querySelector('pre')!.focus();
    expect(tab(container)).toBe(true);
    expect(document.activeElement).toHaveTextContent('Close');
  });

  it('wraps Shift+Tab from the focused heading to the last element, skipping disabled buttons', () => {
    const container = dialog();
    container.querySelector('h2')!.focus();
    expect(tab(container, true)).toBe(true);
    expect(document.activeElement).toHaveTextContent('Raw JSON');
  });

  it('leaves Tab in the middle to the browser', () => {
    const container = dialog();
    container.querySelector<HTMLButtonElement>('button:not([disabled])')!.focus();
    expect(tab(container)).toBe(false);
  });
});
