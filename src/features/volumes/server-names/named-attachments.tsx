import { useI18n } from '../../../i18n/i18n-context.ts';
import type { Messages } from '../../../i18n/messages.ts';
import type { Attachment } from '../../../scp/volume-schema.ts';
import { MORE_BADGE, shortId } from '../table/cells/attached-ids.tsx';
import type { ServerNameState } from './server-name-state.ts';
import { useServerNames } from './use-server-names.ts';

const LOADING: ServerNameState = { status: 'loading' };

/** "device on server": by name once looked up, by id until then or when that failed. */
function attachmentLabel(attachment: Attachment, server: ServerNameState, m: Messages, short: boolean) {
  const who = server.status === 'named' ? server.name : short ? shortId(attachment.id) : attachment.id;
  const text = attachment.device ? m.volumes.table.attachedOn(attachment.device, who) : who;
  return server.status === 'failed' && !short ? `${text} (${m.drawer.attachments.serverUnresolved})` : text;
}

/**
 * The attached cell with server names (its own chunk): first attachment as "/dev/vda on
 * web-01", then "+N more"; every attachment, in full, in the title and to screen readers.
 * Until a name is known the id shows, and it stays (marked) when the lookup failed.
 */
export function NamedAttachments({ servers }: { servers: readonly Attachment[] }) {
  const { m } = useI18n();
  const names = useServerNames(servers);
  const [first, ...rest] = servers;
  if (!first) return null;

  const full = servers.map((item, index) => attachmentLabel(item, names[index] ?? LOADING, m, false));
  const state = names[0] ?? LOADING;
  return (
    <span className="flex min-w-0 items-center gap-1.5" title={full.join('\n')}>
      <span
        data-lookup={state.status}
        className={`truncate ${state.status === 'failed' ? 'text-amber-700 underline decoration-dotted dark:text-amber-400' : ''}`}
      >
        <span aria-hidden="true">{attachmentLabel(first, state, m, true)}</span>
        <span className="sr-only">{full[0]}</span>
      </span>
      {rest.length > 0 && (
        <>
          <span aria-hidden="true" className={MORE_BADGE}>
            {m.volumes.table.moreAttachments(rest.length)}
          </span>
          <span className="sr-only">, {full.slice(1).join(', ')}</span>
        </>
      )}
    </span>
  );
}
