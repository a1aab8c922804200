import { useState, type FormEvent } from 'react';
import { useDisclosure } from '../../../components/use-disclosure.ts';
import { useLocationSearch } from '../../../lib/location-store.ts';
import { useStoredValue } from '../../../lib/stored-value.ts';
import { columnVisibilityStore } from '../table/column-visibility.ts';
import { useSavedViewsMessages } from '../../../i18n/saved-views-messages.ts';
import { SavedViewItem } from './saved-view-item.tsx';
import { normaliseSearch, savedViewsStore, saveView } from './saved-views.ts';
import { INPUT } from './styles.ts';
import { toolbarButton } from '../../../components/button-classes.ts';
import { ViewsFileButtons } from './views-file-buttons.tsx';

/**
 * "Views": name the current view, then open, rename or delete saved ones, or move them to and
 * from a JSON file. A disclosure, like Columns: its content is a form and links, not a menu.
 */
export function SavedViewsMenu() {
  const t = useSavedViewsMessages();
  const views = useStoredValue(savedViewsStore);
  const search = useLocationSearch();
  const { open, close, panelId, root, toggleProps } = useDisclosure();
  const [status, setStatus] = useState('');

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) return;
    const view = { name, search: normaliseSearch(search), columns: columnVisibilityStore.get() };
    savedViewsStore.set(saveView(savedViewsStore.get(), view));
    setStatus(t.saved(name));
    form.reset();
  };

  return (
    <div ref={root} className="relative">
      <button {...toggleProps} className={toolbarButton}>
        {t.button}
      </button>
      {open && (
        <div
          id={panelId}
          role="group"
          aria-label={t.panel}
          className="absolute right-0 z-40 mt-1 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-2 text-xs shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <form onSubmit={save} className="flex items-center gap-2">
            <input name="name" aria-label={t.name} placeholder={t.name} maxLength={80} className={INPUT} />
            <button type="submit" className={toolbarButton}>
              {t.save}
            </button>
          </form>
          {views.length === 0 ? (
            <p className="text-zinc-600 dark:text-zinc-400">{t.empty}</p>
          ) : (
            <ul aria-label={t.list} className="flex flex-col gap-1">
              {views.map((view) => (
                <SavedViewItem key={view.name} view={view} onOpened={close} />
              ))}
            </ul>
          )}
          <ViewsFileButtons views={views} onStatus={setStatus} />
          <p role="status" className="min-h-4 text-zinc-600 dark:text-zinc-400">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
