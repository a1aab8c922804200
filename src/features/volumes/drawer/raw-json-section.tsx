import { CopyButton } from '../../../components/copy-button.tsx';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { Volume } from '../../../scp/volume-schema.ts';
import { Section } from './section.tsx';

/**
 * The volume as parsed: the schema keeps unknown keys, so fields of newer API versions
 * (or anything SCP adds) are visible here before the UI learns about them.
 */
export function RawJsonSection({ volume }: { volume: Volume }) {
  const { m } = useI18n();
  const json = JSON.stringify(volume, null, 2);
  return (
    <Section
      title={m.drawer.sections.rawJson}
      action={<CopyButton value={json} label={m.drawer.copyLabels.rawJson} />}
    >
      <details className="group text-sm">
        <summary className="cursor-pointer rounded text-blue-700 select-none hover:underline focus-visible:outline-2 focus-visible:outline-blue-500 dark:text-blue-400">
          {m.drawer.raw.show}
        </summary>
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">{m.drawer.raw.note}</p>
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
