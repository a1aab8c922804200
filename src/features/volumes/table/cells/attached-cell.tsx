import { useI18n } from '../../../../i18n/i18n-context.ts';
import type { Attachment } from '../../../../scp/volume-schema.ts';

const SHORT_ID = 8;

/** First attachment as "device on server" (the list has server ids only), then "+N more". */
export function AttachedCell({ servers }: { servers: readonly Attachment[] | null | undefined }) {
  const { m } = useI18n();
  const [first, ...rest] = servers ?? [];
  if (!first) return <span className="text-zinc-400">{m.common.none}</span>;
  const server = first.id.length > SHORT_ID + 1 ? `${first.id.slice(0, SHORT_ID)}…` : first.id;
  const all = (servers ?? []).map((item) => `${item.device ?? '?'} · ${item.id}`).join('\n');
  return (
    <span className="flex min-w-0 items-center gap-1.5" title={all}>
      <span className="truncate">
        {first.device ? m.volumes.table.attachedOn(first.device, server) : server}
      </span>
      {rest.length > 0 && (
        <span className="shrink-0 rounded bg-zinc-100 px-1 text-[11px] text-zinc-600 tabular-nums dark:bg-zinc-800 dark:text-zinc-300">
          {m.volumes.table.moreAttachments(rest.length)}
        </span>
      )}
    </span>
  );
}
