import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RawJsonSection } from './raw-json-section.tsx';
import { makeDetailedVolume } from '../../../test/browser/volume-fixtures.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';

describe('RawJsonSection', () => {
  it('is collapsed at first, and copies JSON that keeps fields the UI does not know', async () => {
    const volume = makeDetailedVolume({ future_field: { nested: 1 } });
    renderWithProviders(<RawJsonSection volume={volume} />);
    const details = screen.getByText('Show the JSON the API sent').closest('details');
    expect(details).not.toHaveAttribute('open');

    const user = userEvent.setup();
    await user.click(screen.getByText('Show the JSON the API sent'));
    expect(details).toHaveAttribute('open');
    expect(details).toHaveTextContent('"future_field"');

    await user.click(screen.getByRole('button', { name: 'Copy raw JSON' }));
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(volume);
  });
});
