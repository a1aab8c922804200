import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { ImageMetadataFields } from './image-metadata-fields.tsx';
import { Section } from './section.tsx';

export function ImageMetadataSection({ volume }: { volume: Volume }) {
  const { fmt } = useI18n();
  const drawer = useDrawerMessages();
  const metadata = volume.volume_image_metadata;
  const minDisk = metadata?.min_disk;
  // Such a volume could not have been created from this image as it stands: worth flagging.
  const tooSmall = minDisk != null && minDisk > volume.size;
  return (
    <Section title={drawer.sections.imageMetadata}>
      {metadata ? (
        <>
          {tooSmall && (
            <p className="mb-2 flex gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-400/30">
              <WarningIcon />
              {drawer.image.minDiskExceeds(fmt.gigabytes(minDisk), fmt.gigabytes(volume.size))}
            </p>
          )}
          <ImageMetadataFields metadata={metadata} />
        </>
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">{drawer.image.empty}</p>
      )}
    </Section>
  );
}

function WarningIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-0.5 size-4 shrink-0" fill="currentColor">
      <path d="M8.9 1.5a1 1 0 0 0-1.8 0L.6 13.5A1 1 0 0 0 1.5 15h13a1 1 0 0 0 .9-1.5L8.9 1.5ZM8 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 8 5Zm0 7.5a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z" />
    </svg>
  );
}
