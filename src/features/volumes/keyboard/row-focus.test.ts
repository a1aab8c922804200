import { afterEach, describe, expect, it } from 'vitest';
import { focusEdgeRow } from './edge-row-focus.ts';
import { moveRowFocus } from './row-focus.ts';

/** A scroller holding a table whose page has `count` rows, of which `rendered` are in the DOM. */
function page(count: number, rendered: readonly number[]) {
  const scroller = document.createElement('div');
  const table = document.createElement('table');
  table.dataset.rowCount = String(count);
  const body = table.createTBody();
  for (const index of rendered) addRow(body, index);
  scroller.append(table);
  document.body.append(scroller);
  return { scroller, table, body };
}

function addRow(body: HTMLTableSectionElement, index: number): HTMLTableRowElement {
  const row = body.insertRow();
  row.dataset.rowIndex = String(index);
  row.tabIndex = -1;
  return row;
}

const row = (table: HTMLElement, index: number) =>
  table.querySelector<HTMLElement>(`tr[data-row-index="${index}"]`);

afterEach(() => {
  document.body.replaceChildren();
});

describe('row focus', () => {
  it('moves one row at a time and starts at the first row', () => {
    const { table } = page(3, [0, 1, 2]);
    expect(moveRowFocus(table, 1)).toBe(true);
    expect(document.activeElement).toBe(row(table, 0));
    moveRowFocus(table, 1);
    expect(document.activeElement).toBe(row(table, 1));
    moveRowFocus(table, -1);
    expect(document.activeElement).toBe(row(table, 0));
  });

  it('Home and End go to the first and last row from a focused row', () => {
    const { table } = page(5, [0, 1, 2, 3, 4]);
    row(table, 2)?.focus();
    expect(focusEdgeRow(table, 'last')).toBe(true);
    expect(document.activeElement).toBe(row(table, 4));
    expect(focusEdgeRow(table, 'first')).toBe(true);
    expect(document.activeElement).toBe(row(table, 0));
  });

  it('leaves Home and End alone when no row has focus', () => {
    const { table } = page(5, [0, 1, 2, 3, 4]);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    expect(focusEdgeRow(table, 'last')).toBe(false);
    expect(document.activeElement).toBe(outside);
  });

  it('in a windowed page, scrolls to the end and focuses the last row once it is rendered', async () => {
    const { scroller, table, body } = page(1000, [0, 1, 2]);
    Object.defineProperty(scroller, 'scrollHeight', { value: 45_000 });
    row(table, 1)?.focus();
    expect(focusEdgeRow(table, 'last')).toBe(true);
    expect(scroller.scrollTop).toBe(45_000);
    const last = addRow(body, 999);
    await expect.poll(() => document.activeElement).toBe(last);
  });

  it('in a windowed page, gives up the wait when focus goes elsewhere first', async () => {
    const { table, body } = page(1000, [0, 1, 2]);
    row(table, 1)?.focus();
    expect(focusEdgeRow(table, 'last')).toBe(true);
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    addRow(body, 999);
    // The observer reports the new row in a microtask: let it run, then check nothing moved.
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(elsewhere);
  });
});
