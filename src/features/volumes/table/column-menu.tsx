import { useDisclosure } from '../../../components/use-disclosure.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { useStoredValue } from '../../../lib/stored-value.ts';
import { absoluteTimesStore } from './absolute-times.ts';
import { columnLabel } from './column-specs.ts';
import type { VolumesTableInstance } from './use-volumes-table.ts';
import { Icon } from '../../../components/icon.tsx';
import { toolbarButton } from '../../../components/button-classes.ts';

/**
 * Show or hide columns (the name always stays). A disclosure with checkboxes rather than an
 * ARIA menu: checkboxes already have the right keyboard and screen-reader behaviour, and
 * useDisclosure adds a menu's focus on opening and ↑ / ↓ between them.
 */
export function ColumnMenu({ table }: { table: VolumesTableInstance }) {
  const { m } = useI18n();
  const chrome = usePageChromeMessages();
  const absoluteTimes = useStoredValue(absoluteTimesStore);
  const { open, root, toggleProps, panelProps } = useDisclosure();

  return (
    <div ref={root} className="relative">
      <button {...toggleProps} className={toolbarButton}>
        <Icon className="size-3.5">
          <rect x="2" y="3" width="12" height="10" rx="1.5" />
          <path d="M6.5 3v10M10 3v10" />
        </Icon>
        {chrome.columns.button}
      </button>
      {open && (
        <div
          {...panelProps}
          className="absolute right-0 z-40 mt-1 w-52 rounded-lg border border-zinc-200 bg-white p-1.5 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <fieldset>
            <legend className="sr-only">{chrome.columns.legend}</legend>
            {table.getAllLeafColumns().map((column) => (
              <label
                key={column.id}
                className={`flex items-center gap-2 rounded px-2 py-1 text-[13px] ${column.getCanHide() ? 'cursor-pointer hover:bg-zinc-100 dark:hover:bg-zinc-800' : 'text-zinc-400'}`}
              >
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onChange={(event) => column.toggleVisibility(event.target.checked)}
                  className="accent-blue-600"
                />
                {columnLabel(m.volumes.table.columns, column.id)}
              </label>
            ))}
          </fieldset>
          <label className="mt-1 flex cursor-pointer items-center gap-2 rounded border-t border-zinc-200 px-2 pt-2 pb-1 text-[13px] hover:bg-zinc-100 dark:border-zinc-800 dark:hover:bg-zinc-800">
            <input
              type="checkbox"
              checked={absoluteTimes}
              onChange={(event) => absoluteTimesStore.set(event.target.checked)}
              className="accent-blue-600"
            />
            {chrome.columns.absoluteTimes}
          </label>
        </div>
      )}
    </div>
  );
}
