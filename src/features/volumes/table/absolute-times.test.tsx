import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeVolume } from '../../../test/browser/volume-fixtures.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { DEFAULT_VIEW } from '../url-state/volume-view.ts';
import { ColumnMenu } from './column-menu.tsx';
import { useVolumesTable } from './use-volumes-table.ts';
import { VolumesTable } from './volumes-table.tsx';

const NO_CHANGES = new Map<string, 0 | 1>();
const rows = [makeVolume({ name: 'dated', created_at: '2024-02-11T06:44:40Z', modified_at: null })];

function Harness() {
  const table = useVolumesTable({ view: DEFAULT_VIEW, rows, onSortChange: () => {} });
  return (
    <>
      <ColumnMenu table={table} />
      <VolumesTable table={table} loading={false} dimmed={false} changed={NO_CHANGES} onOpen={() => {}} />
    </>
  );
}

/** The text shown in the cell (the other form sits in its focus/hover tooltip). */
const shown = () => created().firstChild?.textContent ?? '';
const created = () =>
  screen.getByText(
    (_, element) => element?.tagName === 'TIME' && element.getAttribute('datetime') === rows[0]?.created_at,
  );

describe('absolute times', () => {
  beforeEach(() => localStorage.clear());

  it('shows absolute timestamps in the table when chosen, and remembers the choice', async () => {
    const user = userEvent.setup();
    const first = renderWithProviders(<Harness />);
    expect(shown()).toMatch(/ago/);

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Absolute times' }));

    expect(shown()).toMatch(/2024.*(UTC|GMT)/);
    expect(created()).toHaveAccessibleName(/2024.*ago/);
    first.unmount();

    renderWithProviders(<Harness />);
    expect(shown()).toMatch(/2024.*(UTC|GMT)/);
  });

  it('offers the option in Korean', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { locale: 'ko' });
    await user.click(screen.getByRole('button', { name: '열' }));
    expect(screen.getByRole('checkbox', { name: '절대 시간으로 표시' })).not.toBeChecked();
  });
});
