import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OverviewSection } from './overview-section.tsx';
import { makeDetailedVolume } from '../../../test/browser/volume-fixtures.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';

function value(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('OverviewSection', () => {
  it('lists every field of the 1.0 model, and none of the later ones', () => {
    renderWithProviders(<OverviewSection volume={makeDetailedVolume()} />);
    const section = screen.getByRole('region', { name: 'Overview' });
    expect(
      within(section)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual([
      'ID',
      'Name',
      'State',
      'Size',
      'Type',
      'Type ID',
      'Type description',
      'Type allows multi-attach',
      'Bootable',
      'Encrypted',
      'Multi-attach',
      'Snapshot ID',
      'User ID',
      'Created',
      'Modified',
    ]);
    expect(value('Size')).toHaveTextContent('100 GB');
    expect(value('Encrypted')).toHaveTextContent('Yes');
    expect(value('Bootable')).toHaveTextContent('No');
    expect(value('Snapshot ID')).toHaveTextContent('Not set');
    expect(within(value('User ID')).getByRole('button', { name: 'Copy user ID' })).toBeInTheDocument();
  });

  it('names the state in the reader’s language and shows an unknown state verbatim', () => {
    const { unmount } = renderWithProviders(
      <OverviewSection volume={makeDetailedVolume({ state: 'in-use' })} />,
      {
        locale: 'ko',
      },
    );
    expect(value('상태')).toHaveTextContent('사용 중');
    expect(value('상태').querySelector('[data-state]')).toHaveAttribute('data-state', 'in-use');
    unmount();
    renderWithProviders(<OverviewSection volume={makeDetailedVolume({ state: 'quiescing' })} />);
    expect(value('State')).toHaveTextContent('quiescing');
  });

  it('adds max IOPS, max throughput and zone when the API version sends them', () => {
    renderWithProviders(
      <OverviewSection
        volume={makeDetailedVolume({ max_iops: 3000, max_throughput: 125, zone: 'kr-west1-a' })}
      />,
    );
    expect(value('Max IOPS')).toHaveTextContent('3,000');
    expect(value('Max throughput')).toHaveTextContent('125 MB/s');
    expect(value('Zone')).toHaveTextContent('kr-west1-a');
  });

  it('shows times as relative, with the absolute time and zone on hover and focus', () => {
    renderWithProviders(<OverviewSection volume={makeDetailedVolume()} />);
    const time = value('Created').querySelector('time');
    expect(time).toHaveAttribute('dateTime', '2026-02-11T06:44:40.281Z');
    expect(time).toHaveAttribute('tabIndex', '0');
    expect(time?.getAttribute('title')).toMatch(/2026/);
    expect(time).toHaveAccessibleDescription(time?.getAttribute('title') ?? '');
  });
});
