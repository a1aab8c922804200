import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, serveStatus, serveVolumeTypes, volumeTypeRequests } from '../../../test/browser/fake-api.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { VOLUME_TYPES as TYPES } from '../../../test/browser/volume-fixtures.ts';
import { TypeName } from './type-name.tsx';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  volumeTypeRequests.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('a volume type’s name', () => {
  it('describes the type on hover and on keyboard focus, as its accessible description; Escape hides it', async () => {
    serveStatus(['kr-west1']);
    serveVolumeTypes(TYPES);
    renderWithProviders(
      <>
        <button type="button">before</button>
        <TypeName name="SSD_MultiAttach" />
      </>,
    );
    const name = screen.getByText('SSD_MultiAttach');
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(
        'SSD that several servers can attach at once.Multi-attach: allowed (several servers can attach one volume)',
      ),
    );
    expect(volumeTypeRequests).toEqual(['kr-west1']);
    const tip = screen.getByRole('tooltip', { hidden: true });
    expect(tip).not.toBeVisible();

    await userEvent.hover(name);
    expect(tip).toBeVisible();
    await userEvent.unhover(name);
    await waitFor(() => expect(tip).not.toBeVisible());

    await userEvent.click(screen.getByRole('button', { name: 'before' }));
    await userEvent.tab();
    expect(name).toHaveFocus();
    expect(tip).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(tip).not.toBeVisible();
  });

  it('says when the region does not list the type, or its list cannot be read', async () => {
    serveStatus(['kr-west1']);
    serveVolumeTypes(TYPES);
    renderWithProviders(<TypeName name="NVME" region="kr-east1" />);
    await waitFor(() =>
      expect(screen.getByText('NVME')).toHaveAccessibleDescription('kr-east1 does not list this type.'),
    );
    expect(volumeTypeRequests).toEqual(['kr-east1']);
  });

  it('says when the list cannot be read, in Korean too', async () => {
    serveStatus(['kr-west1']);
    serveVolumeTypes(500);
    renderWithProviders(<TypeName name="SSD" />, { locale: 'ko' });
    await waitFor(() =>
      expect(screen.getByText('SSD')).toHaveAccessibleDescription('리전의 볼륨 유형을 읽지 못했습니다.'),
    );
  });
});
