import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import type { Attachment } from '../../../scp/volume-schema.ts';
import { DateTime } from './date-time.tsx';
import { IdValue } from './id-value.tsx';
import { NotSet } from './not-set.tsx';
import { Section } from './section.tsx';
import { ServerName } from './server-name.tsx';
import { useAttachedServers } from './use-attached-servers.ts';

const NO_ATTACHMENTS: Attachment[] = [];

const th = 'px-2 py-1.5 text-left text-xs font-medium text-zinc-500 dark:text-zinc-400';
const td = 'px-2 py-2 align-top';

interface AttachmentsSectionProps {
  attachments: Attachment[] | null | undefined;
  /** The volume's region, when the list names one: its servers are looked up there. */
  region?: string | undefined;
}

export function AttachmentsSection({ attachments, region }: AttachmentsSectionProps) {
  const drawer = useDrawerMessages();
  const t = drawer.attachments;
  const list = attachments ?? NO_ATTACHMENTS;
  const servers = useAttachedServers(list, region);

  return (
    <Section title={drawer.sections.attachments}>
      {list.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">{t.empty}</p>
      ) : (
        <div className="-mx-2 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t.caption(list.length)}</caption>
            <thead className="border-b border-zinc-200 dark:border-zinc-800">
              <tr>
                {[t.serverName, t.serverId, t.device, t.attachedAt].map((label) => (
                  <th key={label} scope="col" className={th}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800/70">
              {list.map((attachment, index) => (
                // The same server can hold a volume twice only in theory; the index keeps keys unique anyway.
                <tr key={`${attachment.id}-${index}`}>
                  <td className={td}>
                    <ServerName id={attachment.id} lookup={servers.get(attachment.id)} />
                  </td>
                  <td className={td}>
                    <IdValue value={attachment.id} copyLabel={drawer.copyLabels.serverId} short />
                  </td>
                  <td className={`${td} font-mono text-xs whitespace-nowrap`}>
                    {attachment.device || <NotSet />}
                  </td>
                  <td className={td}>
                    <DateTime iso={attachment.attached_at} showAbsolute />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
