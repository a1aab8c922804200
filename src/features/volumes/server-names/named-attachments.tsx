import { useMemo } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import type { Messages } from '../../../i18n/messages.ts';
import type { Attachment } from '../../../scp/volume-schema.ts';
import { shortId } from '../table/cells/attached-ids.tsx';
import { AttachmentsMore } from '../table/cells/attachments-more.tsx';
import { useServerNamesMessages, type ServerNamesMessages } from '../../../i18n/server-names-messages.ts';
import type { ServerNameState } from './server-name-state.ts';
import { useServerNames } from './use-server-names.ts';

const LOADING: ServerNameState = { status: 'loading' };

/** "device on server": by name once looked up, by id until then or when that failed. */
function attachmentLabel(
  attachment: Attachment,
  server: ServerNameState,
  texts: { m: Messages; t: ServerNamesMessages },
  short: boolean,
) {
  const who = server.status === 'named' ? server.name : short ? shortId(attachment.id) : attachment.id;
  const text = attachment.device ? texts.m.volumes.table.attachedOn(attachment.device, who) : who;
  return server.status === 'failed' && !short ? `${text} (${texts.t.lookupFailed})` : text;
}

/**
 * The attached cell with server names (its own chunk): first attachment as "/dev/vda on
 * web-01", then "+N more" (a button listing every attachment); every attachment, in full, to
 * screen readers and in the title. Until a name is known the id shows, and it stays (marked) when the lookup
 * failed.
 */
export function NamedAttachments({
  servers,
  region,
}: {
  servers: readonly Attachment[];
  /** The row's region, when the list names one: each lookup then goes to that region only. */
  region: string | undefined;
}) {
  const { m } = useI18n();
  const texts = { m, t: useServerNamesMessages() };
  const refs = useMemo(() => servers.map((server) => ({ id: server.id, region })), [servers, region]);
  const names = useServerNames(refs);
  const [first, ...rest] = servers;
  if (!first) return null;

  const full = servers.map((item, index) => attachmentLabel(item, names[index] ?? LOADING, texts, false));
  const state = names[0] ?? LOADING;
  return (
    // The layout of table/cells/attached-ids.tsx, which this replaces once its chunk is in.
    <span className="flex min-w-0 flex-col items-start" title={full.join('\n')}>
      <span
        data-lookup={state.status}
        className={`max-w-full truncate leading-5 ${state.status === 'failed' ? 'text-amber-700 underline decoration-dotted dark:text-amber-400' : ''}`}
      >
        <span aria-hidden="true">{attachmentLabel(first, state, texts, true)}</span>
        <span className="sr-only">{full[0]}</span>
      </span>
      {rest.length > 0 && (
        <>
          <span className="sr-only">, {full.slice(1).join(', ')}</span>
          <AttachmentsMore
            more={m.volumes.table.moreAttachments(rest.length)}
            lines={servers.map((item, index) => ({
              label: full[index] ?? item.id,
              id: names[index]?.status === 'named' ? item.id : null,
            }))}
          />
        </>
      )}
    </span>
  );
}
