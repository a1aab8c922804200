import { useShortcuts, type ShortcutHandlers } from '../keyboard/use-shortcuts.ts';

/** The page-wide key handler as a component, so it can ship in the lazily loaded chrome. */
export function KeyboardShortcuts(props: ShortcutHandlers) {
  useShortcuts(props);
  return null;
}
