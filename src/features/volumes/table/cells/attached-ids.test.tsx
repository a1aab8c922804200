import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../../test/browser/render.tsx';
import { AttachedIds } from './attached-ids.tsx';

const SERVERS = [
  { id: 'aaaaaaaa-0000-4000-8000-000000000001', device: '/dev/vdb' },
  { id: 'bbbbbbbb-0000-4000-8000-000000000002', device: '/dev/vdc' },
  { id: 'cccccccc-0000-4000-8000-000000000003', device: null },
];

describe('AttachedIds (the cell before server names arrive)', () => {
  it('gives screen readers every attachment in full, not a shortened id and a hover-only "+2 more"', () => {
    const { container } = renderWithProviders(<AttachedIds servers={SERVERS} />);
    const spoken = container.querySelector('.sr-only');
    expect(spoken).toHaveTextContent(
      `/dev/vdb on ${SERVERS[0]?.id}, /dev/vdc on ${SERVERS[1]?.id}, ${SERVERS[2]?.id}`,
    );
    // What is shown (short id, "+2 more") is for the eye only: it would be read as a fragment.
    expect(screen.getByText('+2 more')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('/dev/vdb on aaaaaaaa…')).toHaveAttribute('aria-hidden', 'true');
  });
});
