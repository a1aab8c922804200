import { CopyButton } from '../../../components/copy-button.tsx';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { InvalidVolume } from '../../../scp/volume-schema.ts';

/** A list item the schema rejected: flagged where the user can see it, never dropped silently. */
export function InvalidRow({ item, columnCount }: { item: InvalidVolume; columnCount: number }) {
  const { m } = useI18n();
  return (
    <tr data-invalid="true">
      <td
        colSpan={columnCount}
        className="border-b border-amber-200 bg-amber-50 px-3 py-2 text-[13px] text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200"
      >
        <div className="sticky left-3 flex max-w-[calc(100vw-4rem)] flex-wrap items-center gap-x-2 gap-y-1">
          <span aria-hidden="true">⚠</span>
          <span className="font-medium">{m.volumes.table.invalidTitle}</span>
          {item.id ? (
            <span className="inline-flex items-center gap-1 font-mono text-xs">
              {item.id}
              <CopyButton value={item.id} label={m.volumes.table.volumeId} />
            </span>
          ) : (
            <span className="text-xs">{m.volumes.table.invalidNoId}</span>
          )}
          <span className="font-mono text-xs break-all opacity-80">{item.problem}</span>
        </div>
      </td>
    </tr>
  );
}
