import { useState } from 'react';
import { useSavedViewsMessages } from '../../../i18n/saved-views-messages.ts';
import { deleteView, openView, renameView, savedViewsStore, type SavedView } from './saved-views.ts';
import { INPUT } from './styles.ts';
import { toolbarButton } from '../../../components/button-classes.ts';

/** One saved view: a real link (so it can be copied or opened in a new tab), Rename in place, Delete. */
export function SavedViewItem({ view, onOpened }: { view: SavedView; onOpened: () => void }) {
  const t = useSavedViewsMessages();
  const [editing, setEditing] = useState(false);
  // Reads the store at the moment of the change: another tab may have changed the list meanwhile.
  const update = (change: (views: readonly SavedView[]) => SavedView[]) =>
    savedViewsStore.set(change(savedViewsStore.get()));

  if (editing) {
    return (
      <li>
        <form
          className="flex items-center gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            const name = String(new FormData(event.currentTarget).get('name') ?? '');
            update((views) => renameView(views, view.name, name));
            setEditing(false);
          }}
        >
          <input
            name="name"
            defaultValue={view.name}
            aria-label={t.renameLabel(view.name)}
            maxLength={80}
            autoFocus
            className={INPUT}
          />
          <button type="submit" className={toolbarButton}>
            {t.done}
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="flex items-center gap-1">
      <a
        href={`?${view.search}`}
        onClick={(event) => {
          // A plain click opens in place (the app's own navigation); modified clicks keep the browser's meaning.
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          openView(view);
          onOpened();
        }}
        className="min-w-0 flex-1 truncate rounded px-1 text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-blue-400"
      >
        {view.name}
      </a>
      <button
        type="button"
        aria-label={t.renameOf(view.name)}
        onClick={() => setEditing(true)}
        className={toolbarButton}
      >
        {t.rename}
      </button>
      <button
        type="button"
        aria-label={t.remove(view.name)}
        onClick={() => update((views) => deleteView(views, view.name))}
        className={toolbarButton}
      >
        {t.delete}
      </button>
    </li>
  );
}
