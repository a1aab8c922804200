import type { UseQueryResult } from '@tanstack/react-query';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import type { Server } from '../../../scp/volume-schema.ts';
import { isNotFound } from './use-volume-detail.ts';

/**
 * An attachment's server, by name once ShowServer answers. When it cannot (deleted server,
 * no permission, upstream error) the attachment still shows, by id, marked in words.
 */
export function ServerName({ id, lookup }: { id: string; lookup: UseQueryResult<Server> | undefined }) {
  const drawer = useDrawerMessages();
  const t = drawer.attachments;
  const name = lookup?.data?.name;
  if (name) return <span className="font-medium break-words">{name}</span>;

  const marker = lookup?.isPending
    ? t.resolving
    : lookup?.isError && isNotFound(lookup.error)
      ? t.serverNotFound
      : lookup?.isError
        ? t.serverUnresolved
        : drawer.unnamed;
  return (
    <span className="flex flex-col gap-0.5" data-unresolved={lookup?.isPending ? undefined : 'true'}>
      <span className="font-mono text-xs break-all">{id}</span>
      <span
        className={`text-xs ${lookup?.isError ? 'text-amber-700 dark:text-amber-400' : 'text-zinc-500 dark:text-zinc-400'}`}
        title={lookup?.error?.message}
      >
        {marker}
      </span>
    </span>
  );
}
