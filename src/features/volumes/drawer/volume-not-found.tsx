import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import { textButton } from '../../../components/button-classes.ts';

/** ShowVolume answered 404: a bad or stale link, or a deleted volume. */
export function VolumeNotFound({ volumeId, onBack }: { volumeId: string; onBack: () => void }) {
  const drawer = useDrawerMessages();
  return (
    <div
      role="alert"
      className="m-5 space-y-3 rounded-md bg-zinc-50 p-4 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-800/50 dark:ring-zinc-700"
    >
      <h3 className="font-semibold">{drawer.error.notFoundTitle}</h3>
      <p className="text-sm break-words text-zinc-600 dark:text-zinc-300">
        {drawer.error.notFoundBody(volumeId)}
      </p>
      <button
        type="button"
        onClick={onBack}
        className={`${textButton} bg-zinc-900 text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300`}
      >
        {drawer.error.back}
      </button>
    </div>
  );
}
