import { downloadFile } from '../../../lib/download-file.ts';
import { useSavedViewsMessages } from '../../../i18n/saved-views-messages.ts';
import { exportViews, importViews, savedViewsStore, type SavedView } from './saved-views.ts';
import { toolbarButton } from '../../../components/button-classes.ts';

const FILE_NAME = 'scp-volumes-views.json';

/** Saved views to and from a JSON file: the same list localStorage keeps, to move it between browsers. */
export function ViewsFileButtons({
  views,
  onStatus,
}: {
  views: readonly SavedView[];
  onStatus: (message: string) => void;
}) {
  const t = useSavedViewsMessages();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={views.length === 0}
        onClick={() => downloadFile(exportViews(views), 'json', FILE_NAME)}
        className={toolbarButton}
      >
        {t.exportJson}
      </button>
      {/* The file input itself takes focus (visually hidden): Enter or Space opens the picker. */}
      <label
        className={`${toolbarButton} cursor-pointer focus-within:outline-2 focus-within:outline-blue-500`}
      >
        {t.importJson}
        <input
          type="file"
          accept="application/json,.json"
          className="sr-only"
          onChange={async (event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const result = importViews(savedViewsStore.get(), await file.text());
            input.value = '';
            if (!result) {
              onStatus(t.importFailed);
              return;
            }
            savedViewsStore.set(result.views);
            onStatus(t.imported(result.count));
          }}
        />
      </label>
    </div>
  );
}
