import type { UseQueryResult } from '@tanstack/react-query';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { AttachmentsSection } from './attachments-section.tsx';
import { DrawerError } from './drawer-error.tsx';
import { DrawerSkeleton } from './drawer-skeleton.tsx';
import { ErrorDetails } from './error-details.tsx';
import { ImageMetadataSection } from './image-metadata-section.tsx';
import { OverviewSection } from './overview-section.tsx';
import { RawJsonSection } from './raw-json-section.tsx';
import { VolumeNotFound } from './volume-not-found.tsx';

interface DrawerBodyProps {
  volumeId: string;
  volume: Volume | undefined;
  notFound: boolean;
  query: UseQueryResult<Volume>;
  onClose: () => void;
}

export function DrawerBody({ volumeId, volume, notFound, query, onClose }: DrawerBodyProps) {
  const { m } = useI18n();
  const drawer = useDrawerMessages();
  if (notFound) return <VolumeNotFound volumeId={volumeId} onBack={onClose} />;
  if (!volume) {
    if (query.isError) {
      return (
        <DrawerError
          error={normaliseError(query.error)}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
        />
      );
    }
    return <DrawerSkeleton />;
  }
  return (
    <div className="pb-6">
      {query.isError && (
        // The list row is still worth showing; say plainly that it may be stale, and why.
        <div
          role="alert"
          className="mx-5 mt-4 space-y-2 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:ring-amber-400/30"
        >
          <p className="font-medium text-amber-900 dark:text-amber-200">{drawer.error.refreshFailed}</p>
          <ErrorDetails error={normaliseError(query.error)} />
          <button
            type="button"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
            className="rounded-md px-2 py-1 text-sm font-medium text-amber-900 ring-1 ring-amber-600/40 hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-amber-200 dark:hover:bg-amber-500/20"
          >
            {query.isFetching ? m.common.loading : m.common.retry}
          </button>
        </div>
      )}
      <OverviewSection volume={volume} />
      <AttachmentsSection attachments={volume.servers} region={volume.region} />
      <ImageMetadataSection volume={volume} />
      <RawJsonSection volume={volume} />
    </div>
  );
}
