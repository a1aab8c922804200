import type { ReactNode } from 'react';
import { textButton } from '../../components/button-classes.ts';
import { useChangesMessages } from '../../i18n/changes-messages.ts';
import { ApiError, normaliseError } from '../../lib/api-error.ts';
import { isInventoryOff, isInventoryUnavailable } from '../volumes/inventory/inventory-endpoints.ts';

const BOX = 'space-y-2 rounded-md p-3 text-sm ring-1 ring-inset';
const QUIET = `${BOX} bg-zinc-50 text-zinc-700 ring-zinc-200 dark:bg-zinc-800/50 dark:text-zinc-300 dark:ring-zinc-700`;
const WARN = `${BOX} bg-amber-50 text-amber-900 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-400/30`;
const RETRY = `${textButton} ring-1 ring-amber-600/40 hover:bg-amber-100 dark:hover:bg-amber-500/20`;

/** The inventory is off on this server: what that means for the reader, nothing to retry. */
export function InventoryOff({ off }: { off: string }) {
  return (
    <p role="status" data-testid="inventory-off" className={QUIET}>
      {off}
    </p>
  );
}

/**
 * What an inventory read that failed says: off (nothing to retry), unavailable (its reason,
 * and a retry), or any other failure (its message, and a retry).
 */
export function InventoryNotice({
  query,
  failed,
  off,
}: {
  /** The failed read: its error, and the retry. */
  query: { error: unknown; isFetching: boolean; refetch: () => unknown };
  /** The reader's own "could not read …" line. */
  failed: string;
  /** What "off" means for this reader. */
  off: string;
}) {
  const t = useChangesMessages();
  const { error } = query;
  if (isInventoryOff(error)) return <InventoryOff off={off} />;
  const problem = normaliseError(error);
  let detail: ReactNode = problem.message;
  if (isInventoryUnavailable(error)) detail = t.unavailable(problem.message);
  return (
    <div role="alert" className={WARN}>
      <p className="font-medium">{failed}</p>
      <p className="break-words">{detail}</p>
      {problem instanceof ApiError && problem.requestId && (
        <p className="font-mono text-xs break-all">{problem.requestId}</p>
      )}
      <button
        type="button"
        onClick={() => void query.refetch()}
        disabled={query.isFetching}
        className={RETRY}
      >
        {t.retry}
      </button>
    </div>
  );
}
