import { CopyButton } from '../../../../components/copy-button.tsx';
import { useI18n } from '../../../../i18n/i18n-context.ts';
import type { Volume } from '../../../../scp/volume-schema.ts';
import { MORE_BADGE } from './attached-ids.tsx';

/**
 * The name (or the id when there is none), the id beneath with a copy button for the mouse:
 * the row is the keyboard's stop, and the drawer (Enter) has the id with its own copy button.
 */
export function NameCell({ volume }: { volume: Volume }) {
  const { m } = useI18n();
  const name = volume.name?.trim();
  // A contains search's row found elsewhere than in its name says where (search-locally.ts).
  const match = volume.matched_on as { field: 'id' | 'server'; text: string } | undefined;
  return (
    <div className="min-w-0">
      <div
        className={`truncate leading-5 font-medium ${name ? '' : 'font-mono text-xs text-zinc-500 dark:text-zinc-400'}`}
      >
        {name || volume.id}
      </div>
      <div className="flex min-w-0 h-4 items-center gap-1 text-[11px] leading-4 text-zinc-500 dark:text-zinc-400">
        <span className="truncate font-mono" title={volume.id}>
          {name ? volume.id : m.volumes.table.unnamed}
        </span>
        <CopyButton value={volume.id} label={m.volumes.table.volumeId} tabbable={false} />
        {match && (
          <span className={MORE_BADGE}>
            {m.volumes.table.matchedOn[match.field]}: {match.text}
          </span>
        )}
      </div>
    </div>
  );
}
