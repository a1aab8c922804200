import { screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server, serveStatus, serveVolumeTypes, volumeTypeRequests } from '../../../test/browser/fake-api.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { makeDetailedVolume, VOLUME_TYPES } from '../../../test/browser/volume-fixtures.ts';
import { OverviewSection } from './overview-section.tsx';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const value = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('the drawer’s volume type', () => {
  it('says whether the type allows multi-attach, and what it is, as the volume’s region lists it', async () => {
    serveStatus(['kr-west1', 'kr-east1']);
    serveVolumeTypes(VOLUME_TYPES);
    volumeTypeRequests.length = 0;
    renderWithProviders(
      <OverviewSection
        volume={makeDetailedVolume({
          volume_type: 'SSD_MultiAttach',
          volume_type_id: 't-shared',
          region: 'kr-east1',
        })}
      />,
    );
    await waitFor(() => expect(value('Type allows multi-attach')).toHaveTextContent('Yes: several servers'));
    expect(value('Type description')).toHaveTextContent('SSD that several servers can attach at once.');
    expect(volumeTypeRequests).toEqual(['kr-east1']);
  });

  it('says no for a type without the capability, in Korean too', async () => {
    serveStatus(['kr-west1']);
    serveVolumeTypes(VOLUME_TYPES);
    renderWithProviders(
      <OverviewSection volume={makeDetailedVolume({ volume_type: 'SSD', volume_type_id: 't-ssd' })} />,
      {
        locale: 'ko',
      },
    );
    await waitFor(() =>
      expect(value('유형의 다중 연결 허용')).toHaveTextContent('아니요: 한 번에 한 서버만'),
    );
  });

  it('says when the region’s types cannot be read', async () => {
    serveStatus(['kr-west1']);
    serveVolumeTypes(503);
    renderWithProviders(<OverviewSection volume={makeDetailedVolume()} />);
    await waitFor(() => expect(value('Type allows multi-attach')).toHaveTextContent('Could not read'));
  });
});
