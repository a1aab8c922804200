import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import type { InventoryStatus } from '../../../scp/inventory-schema.ts';
import type { SortKey } from '../../../scp/sort-terms.ts';
import type { InventoryScope } from './inventory-facts.ts';

const NOTE =
  'rounded-md border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-amber-100';

/** A small badge: the figures rest (in part) on made-up history. */
export function SimulatedBadge({ status }: { status: InventoryStatus }) {
  const { fmt } = useI18n();
  const t = useInventoryMessages();
  if (!status.history.simulated) return null;
  const until = status.history.simulated_until;
  return (
    <span
      className="rounded-sm bg-zinc-100 px-1.5 py-0.5 text-[11px] font-medium text-zinc-800 dark:bg-zinc-800 dark:text-zinc-100"
      title={until ? t.simulatedUntil(fmt.absolute(until)) : undefined}
    >
      {t.simulated}
      {until && <span className="sr-only"> · {t.simulatedUntil(fmt.absolute(until))}</span>}
    </span>
  );
}

/**
 * What an inventory answer leaves out or rests on, named (issue #23's honesty): each region
 * whose latest run failed, with SCP's status, code and request id; each region never observed;
 * a sort the inventory cannot apply; simulated history.
 */
export function InventoryScopeNotes({
  scope,
  status,
  sortDropped = [],
}: {
  scope: InventoryScope;
  status: InventoryStatus;
  sortDropped?: readonly SortKey[];
}) {
  const { m } = useI18n();
  const t = useInventoryMessages();
  const columns = sortDropped.map((key) => m.volumes.table.columns[key]).join(', ');
  return (
    <>
      {status.history.simulated && (
        <p>
          <SimulatedBadge status={status} />
        </p>
      )}
      {(scope.failed.length > 0 || scope.unseen.length > 0) && (
        <div className={NOTE}>
          <ul className="list-disc pl-5">
            {scope.failed.map((failure) => (
              <li key={failure.region}>
                {t.regionFailed(failure.region, failure.status || null, failure.code, failure.message)}
                {failure.requestId && (
                  <code className="ml-1 font-mono text-[11px] opacity-80">{failure.requestId}</code>
                )}
              </li>
            ))}
            {scope.unseen.length > 0 && <li>{t.regionUnseen(scope.unseen.join(', '))}</li>}
          </ul>
        </div>
      )}
      {columns && <p>{t.sortDropped(columns)}</p>}
    </>
  );
}
