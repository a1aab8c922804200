import { useState } from 'react';
import { useSavedViewsMessages } from '../../../i18n/saved-views-messages.ts';
import { ConfirmReplace } from './confirm-replace.tsx';
import { cleanName, hasView, openView, savedViewsStore, type SavedView } from './saved-views.ts';
import { INPUT } from './styles.ts';
import { toolbarButton } from '../../../components/button-classes.ts';

/** Which of a view's buttons takes focus after a change (the menu finds it by these). */
export type ViewAction = 'rename' | 'delete';

/**
 * One saved view: a real link (so it can be copied or opened in a new tab), Rename in place,
 * Delete. A rename onto another view's name asks first; the menu applies the change.
 */
export function SavedViewItem({
  view,
  onOpened,
  onRename,
  onDelete,
}: {
  view: SavedView;
  onOpened: () => void;
  onRename: (from: string, to: string) => void;
  onDelete: (name: string) => void;
}) {
  const t = useSavedViewsMessages();
  const [editing, setEditing] = useState(false);
  // The name typed when it turned out to be another view's: Replace, or Cancel back to the
  // field, which still holds it (draft).
  const [taken, setTaken] = useState<string | null>(null);
  const [draft, setDraft] = useState(view.name);
  const rename = (to: string) => {
    setEditing(false);
    setTaken(null);
    onRename(view.name, to);
  };

  if (taken !== null) {
    return (
      <li>
        <ConfirmReplace name={taken} onReplace={() => rename(taken)} onCancel={() => setTaken(null)} />
      </li>
    );
  }

  if (editing) {
    return (
      <li>
        <form
          className="flex items-center gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            const name = cleanName(String(new FormData(event.currentTarget).get('name') ?? ''));
            // Read at the moment of the change: another tab may have changed the list meanwhile.
            if (name !== view.name && hasView(savedViewsStore.get(), name)) {
              setDraft(name);
              setTaken(name);
            } else rename(name);
          }}
        >
          <input
            name="name"
            defaultValue={draft}
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

  const actionProps = (action: ViewAction) => ({ 'data-view-action': action, 'data-view-name': view.name });
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
        onClick={() => {
          setDraft(view.name);
          setEditing(true);
        }}
        className={toolbarButton}
        {...actionProps('rename')}
      >
        {t.rename}
      </button>
      <button
        type="button"
        aria-label={t.remove(view.name)}
        onClick={() => onDelete(view.name)}
        className={toolbarButton}
        {...actionProps('delete')}
      >
        {t.delete}
      </button>
    </li>
  );
}
