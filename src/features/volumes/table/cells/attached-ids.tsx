import { useI18n } from '../../../../i18n/i18n-context.ts';
import type { Attachment } from '../../../../scp/volume-schema.ts';

const SHORT_ID = 8;
export const MORE_BADGE =
  'shrink-0 rounded bg-zinc-100 px-1 text-[11px] leading-4 text-zinc-600 tabular-nums dark:bg-zinc-800 dark:text-zinc-300';
/**
 * Two lines, like the name cell: the first attachment, then "+N more" beneath it. The named
 * cell (server-names/named-attachments.tsx) spells the same classes: exported from here they
 * would cost the first bundle an export for a chunk that loads after it.
 */
const ATTACHED = 'flex min-w-0 flex-col items-start';
const FIRST_ATTACHMENT = 'max-w-full truncate leading-5';

export function shortId(id: string): string {
  return id.length > SHORT_ID + 1 ? `${id.slice(0, SHORT_ID)}…` : id;
}

/**
 * The attached cell before server names can be looked up: "device on <server id>", then
 * "+N more" beneath. Part of the first table; the named version (server-names/) replaces it
 * as soon as its chunk arrives, looks the same until a name is known, and makes "+N more" a
 * button that lists every attachment.
 */
export function AttachedIds({ servers }: { servers: readonly Attachment[] }) {
  const { m } = useI18n();
  const [first, ...rest] = servers;
  if (!first) return <span className="text-zinc-400">{m.common.none}</span>;
  const label = (item: Attachment, id: string) =>
    item.device ? m.volumes.table.attachedOn(item.device, id) : id;
  return (
    <span className={ATTACHED}>
      <span aria-hidden="true" className={FIRST_ATTACHMENT}>
        {label(first, shortId(first.id))}
      </span>
      {rest.length > 0 && (
        <span aria-hidden="true" className={MORE_BADGE}>
          {m.volumes.table.moreAttachments(rest.length)}
        </span>
      )}
      {/* Screen readers get every attachment in full, not a shortened id and a hover-only title. */}
      <span className="sr-only">{servers.map((item) => label(item, item.id)).join(', ')}</span>
    </span>
  );
}
