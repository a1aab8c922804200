import { useI18n } from '../../../i18n/i18n-context.ts';
import type { Volume } from '../../../scp/volume-schema.ts';

const MAX_NAMED = 5;

/** A polite live region: screen readers hear which rows the last refresh changed. */
export function ChangesAnnouncer({ changed }: { changed: readonly Volume[] }) {
  const { m } = useI18n();
  const names = changed
    .slice(0, MAX_NAMED)
    .map((volume) => volume.name || volume.id)
    .join(', ');
  return (
    <div role="status" aria-live="polite" className="sr-only">
      {changed.length > 0 ? m.volumes.freshness.changed(changed.length, names) : ''}
    </div>
  );
}
