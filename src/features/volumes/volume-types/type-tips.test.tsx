import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  serveStatus,
  serveVolumes,
  serveVolumeTypes,
  volumeTypeRequests,
} from '../../../test/browser/fake-api.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { openPage, pageParts } from '../../../test/browser/volumes-page-kit.tsx';
import { makeVolume, VOLUME_TYPES } from '../../../test/browser/volume-fixtures.ts';

servePageTests();

const FIXTURES = [
  makeVolume({ name: 'plain', volume_type: 'SSD', volume_type_id: 't-ssd' }),
  makeVolume({
    name: 'shared',
    volume_type: 'SSD_MultiAttach',
    volume_type_id: 't-shared',
    multiattach: true,
  }),
];
const { chrome, bodyRows } = pageParts();

/** The cell under the Type column of a row. */
function typeCell(row: HTMLElement): HTMLElement {
  const headers = screen.getAllByRole('columnheader');
  const index = headers.findIndex((header) => header.textContent?.startsWith('Type'));
  return within(row).getAllByRole('cell')[index] as HTMLElement;
}

/** One region's page with the fixtures and their volume types, its chrome loaded. */
async function openTypedPage(): Promise<void> {
  serveStatus(['kr-west1']);
  serveVolumes(FIXTURES);
  serveVolumeTypes(VOLUME_TYPES);
  openPage();
  await screen.findByText('plain');
  await chrome();
}

describe('the type column’s descriptions', () => {
  it('shows a type’s description on hover of its cell, and reads the region’s types once', async () => {
    await openTypedPage();
    const [, shared] = bodyRows();
    fireEvent.pointerOver(typeCell(shared!));
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('SSD_MultiAttach');
    await waitFor(() => expect(tip).toHaveTextContent('SSD that several servers can attach at once.'));
    expect(tip).toHaveTextContent('Multi-attach: allowed');
    fireEvent.pointerOver(screen.getByRole('table', { name: 'Volumes' }).querySelector('thead')!);
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    expect(volumeTypeRequests).toEqual(['kr-west1']);
  });

  it('describes the row the keyboard is on, and Escape hides it', async () => {
    await openTypedPage();
    const [plain, shared] = bodyRows();
    plain!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(shared).toHaveFocus();
    const tip = await screen.findByRole('tooltip');
    await waitFor(() =>
      expect(shared).toHaveAccessibleDescription(/SSD that several servers can attach at once\./),
    );
    expect(shared).toHaveAttribute('aria-describedby', tip.id);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(shared).not.toHaveAttribute('aria-describedby');
  });
});
