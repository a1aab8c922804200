import { useId, useLayoutEffect, useRef } from 'react';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
// eslint-disable-next-line import-x/no-cycle -- a cycle through lazy imports only (drawer → inventory chunk → Changes page → drawer): see changes/inventory-views.tsx
import { DrawerBody } from './drawer-body.tsx';
import { DrawerHeader } from './drawer-header.tsx';
import { DrawerShell } from './drawer-shell.tsx';
import { pageNeighbours } from './page-neighbours.ts';
import { useVolumeDetail } from './use-volume-detail.ts';
import { useRegionOf } from '../volume-types/use-volume-type.ts';

export interface VolumeDrawerProps {
  volumeId: string;
  /** Its region, when no page row names it (the Changes page). */
  region?: string | undefined;
  /** The volumes of the table's current page: instant first paint and previous / next. */
  pageVolumes: Volume[];
  onNavigate: (id: string) => void;
  onClose: () => void;
}

/**
 * Everything about one volume, in a modal side sheet. The page owns `?volume=<id>` and the
 * focus return to its row; this component owns the dialog. Named export, self-contained, so
 * the page can load it with React.lazy.
 */
export function VolumeDrawer({
  volumeId,
  region: knownRegion,
  pageVolumes,
  onNavigate,
  onClose,
}: VolumeDrawerProps) {
  const drawer = useDrawerMessages();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const detail = useVolumeDetail(volumeId, pageVolumes, knownRegion);
  const { volume } = detail;
  // The answer's own region, else its list row's (a lookup routed to the row's region comes
  // back untagged), else the proxy's only one.
  const { region } = useRegionOf(volume?.region ?? detail.pageRegion ?? knownRegion);
  const { previous, next } = pageNeighbours(pageVolumes, volumeId);
  // The shell's keys (j, k, Esc) and the header's buttons do the same three things.
  const steps = {
    onPrevious: previous ? () => onNavigate(previous.id) : null,
    onNext: next ? () => onNavigate(next.id) : null,
    onClose,
  };

  useLayoutEffect(() => {
    // Stepping to the first or last volume disables the button that had focus: keep focus in the dialog.
    const active = document.activeElement;
    const dialog = headingRef.current?.closest('[role="dialog"]');
    if (!dialog?.contains(active) || (active instanceof HTMLButtonElement && active.disabled)) {
      headingRef.current?.focus();
    }
  }, [volumeId]);

  const title = volume?.name || (volume ? volume.id : drawer.dialogLoading(volumeId));
  return (
    <DrawerShell labelledBy={titleId} initialFocusRef={headingRef} {...steps}>
      <DrawerHeader
        titleId={titleId}
        headingRef={headingRef}
        title={title}
        subtitle={volume?.name ? volume.id : null}
        state={volume?.state ?? null}
        {...steps}
      />
      <DrawerBody volumeId={volumeId} detail={detail} region={region} onClose={onClose} />
    </DrawerShell>
  );
}
