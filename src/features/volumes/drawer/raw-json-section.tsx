import { CopyButton } from '../../../components/copy-button.tsx';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { Section } from './section.tsx';

/**
 * The volume as parsed: the schema keeps unknown keys, so fields of newer API versions
 * (or anything SCP adds) are visible here before the UI learns about them.
 */
export function RawJsonSection({ volume }: { volume: Volume }) {
  const drawer = useDrawerMessages();
  const json = JSON.stringify(volume, null, 2);
  return (
    <Section
      title={drawer.sections.rawJson}
      action={<CopyButton value={json} label={drawer.copyLabels.rawJson} />}
    >
      <details className="group text-sm">
        <summary className="cursor-pointer rounded text-blue-700 select-none hover:underline focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-blue-400">
          {drawer.raw.show}
        </summary>
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{drawer.raw.note}</p>
        {/* Focusable so keyboard users can scroll a long document. */}
        <pre
          tabIndex={0}
          className="mt-2 max-h-96 overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-xs leading-relaxed text-zinc-800 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-950 dark:text-zinc-200 dark:ring-zinc-800"
        >
          {json}
        </pre>
      </details>
    </Section>
  );
}
