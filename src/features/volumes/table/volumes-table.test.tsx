import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InvalidVolume, Volume } from '../../../scp/volume-schema.ts';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import type { SortTerm } from '../../../scp/sort-terms.ts';
import type { VolumeView } from '../url-state/volume-view.ts';
import { DEFAULT_VIEW } from '../url-state/volume-view.ts';
import { useVolumesTable } from './use-volumes-table.ts';
import { VolumesTable } from './volumes-table.tsx';

const NO_CHANGES = new Map<string, 0 | 1>();

function Harness(props: {
  rows: Volume[];
  view?: VolumeView;
  invalid?: InvalidVolume[];
  onSort?: (sort: SortTerm[]) => void;
  onOpen?: (id: string) => void;
}) {
  const table = useVolumesTable({
    view: props.view ?? DEFAULT_VIEW,
    rows: props.rows,
    onSortChange: props.onSort ?? (() => {}),
  });
  return (
    <VolumesTable
      table={table}
      loading={false}
      dimmed={false}
      invalid={props.invalid}
      changed={NO_CHANGES}
      onOpen={props.onOpen ?? (() => {})}
    />
  );
}

function rowOf(text: string) {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`no row for ${text}`);
  return within(row);
}

describe('volume columns', () => {
  it('shows the name with the id beneath and a copy button', () => {
    const volume = makeVolume({ name: 'db-data' });
    renderWithProviders(<Harness rows={[volume]} />);
    const row = rowOf('db-data');
    expect(row.getByText(volume.id)).toBeInTheDocument();
    expect(row.getByRole('button', { name: 'Copy volume ID' })).toBeInTheDocument();
  });

  it('shows the id in place of a missing name', () => {
    const volume = makeVolume({ name: null });
    renderWithProviders(<Harness rows={[volume]} />);
    expect(screen.getByText(volume.id)).toBeInTheDocument();
    expect(screen.getByText('No name')).toBeInTheDocument();
  });

  it('translates known states and shows unknown ones verbatim', () => {
    renderWithProviders(
      <Harness
        rows={[makeVolume({ name: 'a', state: 'in-use' }), makeVolume({ name: 'b', state: 'resizing-ish' })]}
      />,
    );
    expect(rowOf('a').getByText('In use')).toHaveAttribute('title', 'in-use');
    expect(rowOf('b').getByText('resizing-ish')).toHaveAttribute('data-state', 'resizing-ish');
  });

  it('keeps loaded rows still: a busy state is a static ring, not an endless animation', () => {
    const states = ['creating', 'attaching', 'in-use', 'error', 'available'];
    const { container } = renderWithProviders(
      <Harness rows={states.map((state) => makeVolume({ name: state, state }))} />,
    );
    expect(rowOf('creating').getByText('Creating')).toHaveAttribute('data-state', 'creating');
    expect(container.querySelector('tbody [class*="animate-"]')).toBeNull();
  });

  it('right-aligns sizes in GB with grouping', () => {
    renderWithProviders(<Harness rows={[makeVolume({ name: 'big', size: 16384 })]} />);
    const cell = rowOf('big').getByText('16,384 GB').closest('td');
    expect(cell).toHaveClass('text-right');
  });

  it('shows the first attachment as device on server and counts the rest', () => {
    const servers = [
      { id: '3f2a9c4e-1111-2222-3333-444455556666', device: '/dev/vdb', attached_at: null },
      { id: 's2', device: '/dev/vdc', attached_at: null },
      { id: 's3', device: '/dev/vdd', attached_at: null },
    ];
    renderWithProviders(<Harness rows={[makeVolume({ name: 'shared', servers })]} />);
    const row = rowOf('shared');
    expect(row.getByText('/dev/vdb on 3f2a9c4e…')).toBeInTheDocument();
    expect(row.getByText('+2 more')).toBeInTheDocument();
  });

  it('names dates with the relative text and the absolute time with zone, without a Tab stop', () => {
    renderWithProviders(
      <Harness
        rows={[makeVolume({ name: 'dated', created_at: '2026-02-11T06:44:40Z', modified_at: null })]}
      />,
    );
    const time = rowOf('dated').getByText(
      (_, element) => element?.getAttribute('datetime') === '2026-02-11T06:44:40Z',
    );
    expect(time).not.toHaveAttribute('tabindex');
    expect(time.getAttribute('aria-label')).toMatch(/2026.*(UTC|GMT)/);
  });

  it('is one Tab stop: the row last focused, with no copy button or date of its own in the Tab order', async () => {
    const user = userEvent.setup();
    const rows = ['first', 'second', 'third'].map((name) => makeVolume({ name }));
    renderWithProviders(<Harness rows={rows} />);
    const tabbable = () =>
      [...document.querySelectorAll<HTMLElement>('tbody [tabindex], tbody button, tbody time')]
        .filter((element) => element.tabIndex >= 0)
        .map((element) => element.closest('tr')?.textContent?.slice(0, 5));
    expect(tabbable()).toEqual(['first']);
    await user.click(screen.getByText('third'));
    expect(tabbable()).toEqual(['third']);
  });

  it('flags a volume the schema rejected instead of dropping it', async () => {
    const invalid: InvalidVolume[] = [
      { invalid: true, id: 'broken-1', raw: {}, problem: 'size: expected number' },
    ];
    renderWithProviders(<Harness rows={[makeVolume()]} invalid={invalid} />);
    // Its flag is a lazy chunk (rare rows stay out of the first bundle).
    await screen.findByText('This volume could not be read');
    const flagged = rowOf('This volume could not be read');
    expect(flagged.getByText('broken-1')).toBeInTheDocument();
    expect(flagged.getByText('size: expected number')).toBeInTheDocument();
  });

  it('speaks Korean when asked', () => {
    renderWithProviders(<Harness rows={[makeVolume({ name: 'k', state: 'available', bootable: true })]} />, {
      locale: 'ko',
    });
    expect(screen.getByRole('columnheader', { name: '크기' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '부팅 가능' })).toBeInTheDocument();
    expect(rowOf('k').getByText('사용 가능')).toBeInTheDocument();
    expect(rowOf('k').getByText('예')).toBeInTheDocument();
  });
});

interface SortStep {
  /** The view's sort for this step; the default view's when absent. */
  sort?: SortTerm[];
  ariaSort: string;
  /** The sort button's title, where the step checks it. */
  title?: string;
  /** What a click on the column's sort button asks for. */
  next: SortTerm[];
}

/** Shows the table with each step's sort in turn, checks its header, and clicks its sort button. */
async function expectSortCycle(column: string, steps: SortStep[]) {
  const onSort = vi.fn();
  const rows = [makeVolume()];
  const { rerender } = renderWithProviders(<Harness rows={rows} onSort={onSort} />);
  for (const { sort, ariaSort, title, next } of steps) {
    if (sort) rerender(<Harness rows={rows} onSort={onSort} view={{ ...DEFAULT_VIEW, sort }} />);
    expect(screen.getByRole('columnheader', { name: column })).toHaveAttribute('aria-sort', ariaSort);
    const button = screen.getByRole('button', { name: column });
    if (title !== undefined) expect(button).toHaveAttribute('title', title);
    await userEvent.click(button);
    expect(onSort).toHaveBeenLastCalledWith(next);
  }
}

describe('sorting headers', () => {
  it('names each sort button by its column and marks sortable headers', () => {
    renderWithProviders(<Harness rows={[makeVolume()]} />);
    expect(screen.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('button', { name: 'Size' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Encrypted' })).not.toHaveAttribute('aria-sort');
    expect(screen.queryByRole('button', { name: 'Encrypted' })).not.toBeInTheDocument();
  });

  it('cycles ascending → descending → none', async () => {
    await expectSortCycle('Size', [
      { ariaSort: 'none', next: [{ key: 'size', direction: 'asc' }] },
      {
        sort: [{ key: 'size', direction: 'asc' }],
        ariaSort: 'ascending',
        next: [{ key: 'size', direction: 'desc' }],
      },
      // Then no sort at all.
      { sort: [{ key: 'size', direction: 'desc' }], ariaSort: 'descending', next: [] },
    ]);
  });

  it('shows the default order (newest first) on Created, which toggles between it and oldest first', async () => {
    await expectSortCycle('Created', [
      {
        ariaSort: 'descending',
        title: 'Default order: newest first · Click for oldest first',
        next: [{ key: 'created_at', direction: 'asc' }],
      },
      // Back to the default, not a "none" that would look the same as descending.
      { sort: [{ key: 'created_at', direction: 'asc' }], ariaSort: 'ascending', next: [] },
    ]);
  });

  it('adds a secondary key on shift-click and replaces the sort on a plain click', async () => {
    const onSort = vi.fn();
    const view = { ...DEFAULT_VIEW, sort: [{ key: 'size' as const, direction: 'desc' as const }] };
    renderWithProviders(<Harness rows={[makeVolume()]} onSort={onSort} view={view} />);
    const user = userEvent.setup();
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: 'Name' }));
    await user.keyboard('{/Shift}');
    expect(onSort).toHaveBeenLastCalledWith([
      { key: 'size', direction: 'desc' },
      { key: 'name', direction: 'asc' },
    ]);
    await user.click(screen.getByRole('button', { name: 'Created' }));
    expect(onSort).toHaveBeenLastCalledWith([{ key: 'created_at', direction: 'asc' }]);
  });
});

describe('rows', () => {
  it('open the drawer on click and on Enter, but not from the copy button', async () => {
    const onOpen = vi.fn();
    const volume = makeVolume({ name: 'clicky' });
    renderWithProviders(<Harness rows={[volume]} onOpen={onOpen} />);
    const user = userEvent.setup();
    await user.click(screen.getByText('clicky'));
    expect(onOpen).toHaveBeenCalledWith(volume.id);

    onOpen.mockClear();
    screen.getByText('clicky').closest('tr')?.focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(volume.id);

    onOpen.mockClear();
    await user.click(screen.getByRole('button', { name: 'Copy volume ID' }));
    expect(onOpen).not.toHaveBeenCalled();
  });
});

describe('a long page (windowed rows)', () => {
  it('follows the scroll even when the rows arrive in the same render as the table', async () => {
    // Mounted with its rows at once, as when index.html's early answer is adopted before the
    // first render: the window must still find its scroll container.
    const rows = Array.from({ length: 300 }, (_, index) => makeVolume({ name: `vol-${index}` }));
    renderWithProviders(<Harness rows={rows} />);
    expect(screen.queryByText('vol-200')).not.toBeInTheDocument();
    const scroller = screen.getByRole('table').parentElement as HTMLElement;
    scroller.scrollTop = 200 * 45;
    scroller.dispatchEvent(new Event('scroll'));
    expect(await screen.findByText('vol-200')).toBeInTheDocument();
  });
});
