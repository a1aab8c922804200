import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import type { Volume } from '../../../scp/volume-schema.ts';

const MAX_NAMED = 5;

function names(volumes: readonly Volume[]): string {
  return volumes
    .slice(0, MAX_NAMED)
    .map((volume) => volume.name || volume.id)
    .join(', ');
}

/** A polite live region: screen readers hear which rows the last refresh changed or brought in. */
export function ChangesAnnouncer({
  changed,
  arrived,
}: {
  changed: readonly Volume[];
  arrived: readonly Volume[];
}) {
  const chrome = usePageChromeMessages();
  const t = chrome.freshness;
  const parts = [
    changed.length > 0 ? t.changed(changed.length, names(changed)) : '',
    arrived.length > 0 ? t.arrived(arrived.length, names(arrived)) : '',
  ];
  return (
    <div role="status" aria-live="polite" className="sr-only">
      {parts.filter(Boolean).join('. ')}
    </div>
  );
}
