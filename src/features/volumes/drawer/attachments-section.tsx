import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import type { Attachment } from '../../../scp/volume-schema.ts';
import { DateTime } from './date-time.tsx';
import { CELL, DrawerTable } from './drawer-table.tsx';
import { IdValue } from './id-value.tsx';
import { NotSet } from './not-set.tsx';
import { Section } from './section.tsx';
import { ServerName } from './server-name.tsx';
import { useAttachedServers } from './use-attached-servers.ts';

const NO_ATTACHMENTS: Attachment[] = [];

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
        <DrawerTable
          caption={t.caption(list.length)}
          headers={[t.serverName, t.serverId, t.device, t.attachedAt]}
        >
          {list.map((attachment, index) => (
            // The same server can hold a volume twice only in theory; the index keeps keys unique anyway.
            <tr key={`${attachment.id}-${index}`}>
              <td className={CELL}>
                <ServerName id={attachment.id} lookup={servers.get(attachment.id)} />
              </td>
              <td className={CELL}>
                <IdValue value={attachment.id} copyLabel={drawer.copyLabels.serverId} short />
              </td>
              <td className={`${CELL} font-mono text-xs whitespace-nowrap`}>
                {attachment.device || <NotSet />}
              </td>
              <td className={CELL}>
                <DateTime iso={attachment.attached_at} showAbsolute />
              </td>
            </tr>
          ))}
        </DrawerTable>
      )}
    </Section>
  );
}
