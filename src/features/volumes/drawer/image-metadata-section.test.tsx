import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImageMetadataSection } from './image-metadata-section.tsx';
import { FULL_METADATA, makeDetailedVolume } from '../../../test/browser/volume-fixtures.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';

function value(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling as HTMLElement;
}

describe('ImageMetadataSection', () => {
  it('shows all 13 fields with human units, copyable ids and a plain yes / no', async () => {
    renderWithProviders(
      <ImageMetadataSection
        volume={makeDetailedVolume({ bootable: true, volume_image_metadata: FULL_METADATA })}
      />,
    );
    const section = screen.getByRole('region', { name: 'Image metadata' });
    expect(within(section).getAllByRole('term')).toHaveLength(13);
    expect(value('Image name')).toHaveTextContent('Ubuntu 22.04');
    expect(value('Image size')).toHaveTextContent('2.2 GiB (2,361,393,152 bytes)');
    expect(value('Minimum RAM')).toHaveTextContent('2 GiB (2,048 MB)');
    expect(value('Minimum disk')).toHaveTextContent('20 GB');
    expect(value('Signature verified')).toHaveTextContent('Yes, verified');
    expect(value('SCP Kubernetes version')).toHaveTextContent('Not set');
    expect(within(section).queryByText(/needs at least/)).toBeNull();

    const user = userEvent.setup();
    await user.click(within(value('Checksum')).getByRole('button', { name: 'Copy checksum' }));
    expect(await navigator.clipboard.readText()).toBe(FULL_METADATA.checksum);
    expect(within(value('Checksum')).getByRole('status')).toHaveTextContent('Copied');
    expect(within(value('Image ID')).getByRole('button', { name: 'Copy image ID' })).toBeInTheDocument();
  });

  it('shows partial metadata with the missing fields marked, and extra fields verbatim', () => {
    const partial = { image_name: 'custom', signature_verified: false, min_ram: 0, hw_firmware_type: 'uefi' };
    renderWithProviders(
      <ImageMetadataSection volume={makeDetailedVolume({ volume_image_metadata: partial })} />,
    );
    expect(value('Image name')).toHaveTextContent('custom');
    expect(value('Signature verified')).toHaveTextContent('No, not verified');
    expect(value('Minimum RAM')).toHaveTextContent('0 MB');
    for (const label of ['Checksum', 'Image ID', 'Image size', 'Minimum disk', 'Disk format']) {
      expect(value(label)).toHaveTextContent('Not set');
    }
    expect(value('hw_firmware_type')).toHaveTextContent('uefi');
  });

  it('says "No image metadata" when the API sends null', () => {
    renderWithProviders(
      <ImageMetadataSection volume={makeDetailedVolume({ volume_image_metadata: null })} />,
    );
    expect(screen.getByRole('region', { name: 'Image metadata' })).toHaveTextContent('No image metadata');
    expect(screen.queryByRole('term')).toBeNull();
  });

  it('warns when the image needs a bigger disk than the volume has', () => {
    const volume = makeDetailedVolume({
      size: 10,
      volume_image_metadata: { ...FULL_METADATA, min_disk: 40 },
    });
    renderWithProviders(<ImageMetadataSection volume={volume} />);
    expect(
      screen.getByText("The image needs at least 40 GB, more than this volume's 10 GB."),
    ).toBeInTheDocument();
  });

  it('speaks Korean', () => {
    const volume = makeDetailedVolume({
      size: 10,
      volume_image_metadata: { ...FULL_METADATA, min_disk: 40 },
    });
    renderWithProviders(<ImageMetadataSection volume={volume} />, { locale: 'ko' });
    expect(screen.getByRole('region', { name: '이미지 메타데이터' })).toBeInTheDocument();
    expect(value('서명 검증')).toHaveTextContent('예, 검증됨');
    expect(value('이미지 크기')).toHaveTextContent('2.2 GiB');
    expect(screen.getByText(/이미지에 필요한 최소 디스크\(40 GB\)/)).toBeInTheDocument();
  });
});
