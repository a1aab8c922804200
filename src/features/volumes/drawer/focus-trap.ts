const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function tabbables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => {
    // The content of a closed <details> is in the DOM but cannot take focus; its summary can.
    const closed = element.closest('details:not([open])');
    return !closed || (element.tagName === 'SUMMARY' && element.parentElement === closed);
  });
}

/**
 * Keeps Tab inside the dialog: wraps from the last tabbable element to the first and back.
 * Focus on something that is not itself tabbable (the heading focused on open) counts as
 * "before the first", so Shift+Tab from it also wraps to the end.
 */
export function trapTab(event: KeyboardEvent | React.KeyboardEvent, container: HTMLElement): void {
  const elements = tabbables(container);
  const first = elements[0];
  const last = elements[elements.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = container.ownerDocument.activeElement;
  const index = active instanceof HTMLElement ? elements.indexOf(active) : -1;
  if (event.shiftKey && index <= 0) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (index === elements.length - 1 || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
