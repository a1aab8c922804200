import { useCallback, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useDisclosure } from '../../../components/use-disclosure.ts';
import { useLocationSearch } from '../../../lib/location-store.ts';
import { useStoredValue } from '../../../lib/stored-value.ts';
import { columnVisibilityStore } from '../table/column-visibility.ts';
import { useSavedViewsMessages } from '../../../i18n/saved-views-messages.ts';
import { ConfirmReplace } from './confirm-replace.tsx';
import { SavedViewItem, type ViewAction } from './saved-view-item.tsx';
import {
  cleanName,
  deleteView,
  hasView,
  normaliseSearch,
  renameView,
  restoreView,
  savedViewsStore,
  saveView,
  type SavedView,
} from './saved-views.ts';
import { INPUT } from './styles.ts';
import { toolbarButton } from '../../../components/button-classes.ts';
import { UndoToast, type ToastState } from './undo-toast.tsx';
import { ViewsFileButtons } from './views-file-buttons.tsx';

/** Where focus goes after a change: a view's button, or (no such view) the name field. */
interface FocusTarget {
  name: string | null;
  action: ViewAction;
}

/**
 * "Views": name the current view, then open, rename or delete saved ones, or move them to and
 * from a JSON file. A disclosure, like Columns: its content is a form and links, not a menu.
 * Nothing is replaced without asking, a delete can be undone, and after each change focus
 * lands on the control that follows from it, never on <body>.
 */
export function SavedViewsMenu() {
  const t = useSavedViewsMessages();
  const views = useStoredValue(savedViewsStore);
  const search = useLocationSearch();
  const { open, close, root, toggleProps, panelProps } = useDisclosure();
  const [status, setStatus] = useState('');
  const [draft, setDraft] = useState('');
  // A save waiting for "Replace it?".
  const [pending, setPending] = useState<SavedView | null>(null);
  const [toast, setToast] = useState<ToastState>(null);
  const form = useRef<HTMLFormElement>(null);
  // Set with the change that re-renders the panel; taken up once that render is committed.
  const focusNext = useRef<FocusTarget | null>(null);
  const setFocus = (target: FocusTarget) => {
    focusNext.current = target;
  };
  // Reads the store at the moment of the change: another tab may have changed the list meanwhile.
  const update = (change: (list: readonly SavedView[]) => SavedView[]) =>
    savedViewsStore.set(change(savedViewsStore.get()));

  useLayoutEffect(() => {
    const focus = focusNext.current;
    if (!focus) return;
    focusNext.current = null;
    const buttons = root.current?.querySelectorAll<HTMLElement>(`[data-view-action="${focus.action}"]`);
    const button = [...(buttons ?? [])].find((element) => element.dataset.viewName === focus.name);
    // The name field when there is no such view; the Views button once the panel has closed.
    const field = form.current?.elements.namedItem('name') as HTMLInputElement | null | undefined;
    (button ?? field ?? root.current?.querySelector('button'))?.focus();
  });

  const commitSave = (view: SavedView, replaced: boolean) => {
    update((list) => saveView(list, view));
    setStatus(replaced ? t.replaced(view.name) : t.saved(view.name));
    setPending(null);
    setDraft('');
    setFocus({ name: null, action: 'rename' });
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = cleanName(draft);
    if (!name) return;
    const view = { name, search: normaliseSearch(search), columns: columnVisibilityStore.get() };
    if (hasView(savedViewsStore.get(), name)) setPending(view);
    else commitSave(view, false);
  };

  const rename = (from: string, to: string) => {
    update((list) => renameView(list, from, to));
    setFocus({ name: to && hasView(savedViewsStore.get(), to) ? to : from, action: 'rename' });
  };

  const remove = (name: string) => {
    const list = savedViewsStore.get();
    const index = list.findIndex((view) => view.name === name);
    const view = list[index];
    if (!view) return;
    const neighbour = list[index + 1] ?? list[index - 1];
    savedViewsStore.set(deleteView(list, name));
    setToast({ kind: 'deleted', view, index });
    setFocus({ name: neighbour?.name ?? null, action: 'delete' });
  };

  const undo = ({ view, index }: { view: SavedView; index: number }) => {
    const restored = restoreView(savedViewsStore.get(), view, index);
    if (restored) savedViewsStore.set(restored);
    setToast({ kind: 'note', text: restored ? t.restored(view.name) : t.restoreTaken(view.name) });
    // The Undo button is about to go: to the view's Delete again, or the Views button.
    setFocus({ name: restored ? view.name : null, action: 'delete' });
  };

  const expire = useCallback(() => setToast(null), []);

  return (
    <div ref={root} data-saved-views className="relative">
      <button {...toggleProps} className={toolbarButton}>
        {t.button}
      </button>
      {open && (
        <div
          {...panelProps}
          role="group"
          aria-label={t.panel}
          className="absolute right-0 z-40 mt-1 flex w-80 max-w-[calc(100vw-2rem)] flex-col gap-2 rounded-lg border border-zinc-200 bg-white p-2 text-xs shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <form ref={form} onSubmit={save} className="flex items-center gap-2">
            <input
              name="name"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              aria-label={t.name}
              placeholder={t.name}
              maxLength={80}
              className={INPUT}
            />
            <button type="submit" className={toolbarButton}>
              {t.save}
            </button>
          </form>
          {pending && (
            <ConfirmReplace
              name={pending.name}
              onReplace={() => commitSave(pending, true)}
              onCancel={() => {
                setPending(null);
                setFocus({ name: null, action: 'rename' });
              }}
            />
          )}
          {views.length === 0 ? (
            <p className="text-zinc-600 dark:text-zinc-400">{t.empty}</p>
          ) : (
            <ul aria-label={t.list} className="flex flex-col gap-1">
              {views.map((view) => (
                <SavedViewItem
                  key={view.name}
                  view={view}
                  onOpened={close}
                  onRename={rename}
                  onDelete={remove}
                />
              ))}
            </ul>
          )}
          <ViewsFileButtons views={views} onStatus={setStatus} />
          <p role="status" className="min-h-4 text-zinc-600 dark:text-zinc-400">
            {status}
          </p>
        </div>
      )}
      <UndoToast state={toast} onUndo={undo} onExpire={expire} />
    </div>
  );
}
