import type { UseQueryResult } from '@tanstack/react-query';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import type { Server } from '../../../scp/volume-schema.ts';
import { textButton } from '../../../components/button-classes.ts';
import { isNotFound } from './use-volume-detail.ts';

/**
 * An attachment's server name once ShowServer answers. The id has its own column, so when
 * the name cannot be had (deleted server, no permission, upstream error) this cell says so in
 * words instead of repeating the id, and offers another try unless the server is gone.
 */
export function ServerName({ id, lookup }: { id: string; lookup: UseQueryResult<Server> | undefined }) {
  const drawer = useDrawerMessages();
  const t = drawer.attachments;
  const name = lookup?.data?.name;
  if (name) return <span className="font-medium break-words">{name}</span>;
  if (!lookup?.isError) {
    return (
      <span className="text-xs text-zinc-500 dark:text-zinc-400">
        {lookup?.isPending ? t.resolving : drawer.unnamed}
      </span>
    );
  }

  const gone = isNotFound(lookup.error);
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1" data-unresolved="true">
      <span className="text-xs text-amber-700 dark:text-amber-400" title={lookup.error.message}>
        {gone ? t.serverNotFound : t.serverUnresolved}
      </span>
      {!gone && (
        <button
          type="button"
          aria-label={t.retryNameLabel(id)}
          disabled={lookup.isFetching}
          onClick={() => void lookup.refetch()}
          className={`${textButton} border border-zinc-200 px-2 py-0.5 text-xs text-zinc-700 hover:bg-zinc-50 disabled:opacity-60 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800`}
        >
          {t.retryName}
        </button>
      )}
    </span>
  );
}
