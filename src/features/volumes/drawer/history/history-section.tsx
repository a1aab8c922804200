import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useChangesMessages } from '../../../../i18n/changes-messages.ts';
import { useI18n } from '../../../../i18n/i18n-context.ts';
import { ApiError } from '../../../../lib/api-error.ts';
import type { VolumeHistory } from '../../../../scp/inventory-schema.ts';
import { ChangeKindTag, useChangeText } from '../../../changes/change-text.tsx';
import { InventoryNotice, InventoryOff } from '../../../changes/inventory-notice.tsx';
import { inventoryQueries } from '../../inventory/inventory-queries.ts';
import { DateTime } from '../date-time.tsx';
import { Field } from '../field.tsx';
import { FieldList } from '../field-list.tsx';
import { Section } from '../section.tsx';
import { unattachedFor } from './unattached.ts';

const QUIET = 'text-sm text-zinc-500 dark:text-zinc-400';

const isNeverSeen = (error: unknown) => error instanceof ApiError && error.code === 'NotFound';

/**
 * The volume as the inventory saw it over time: first and last seen, how long unattached, and
 * its changes as a timeline, newest first. The live drawer never depends on it: when the
 * inventory is off (its status says so; no history request is sent), unavailable or has not
 * seen the volume, this section alone says so.
 */
export function HistorySection({ volumeId }: { volumeId: string }) {
  const t = useChangesMessages();
  // The status first: with the inventory off (200, enabled false) the history is not asked for.
  const status = useQuery(inventoryQueries.status());
  const on = status.data?.enabled === true;
  const query = useQuery({ ...inventoryQueries.history(volumeId), enabled: on });
  let body: ReactNode;
  if (status.data && !on) {
    body = <InventoryOff off={t.history.off} />;
  } else if (status.isError && !status.data) {
    body = <InventoryNotice query={status} failed={t.history.failed} off={t.history.off} />;
  } else if (query.isError) {
    body = isNeverSeen(query.error) ? (
      <p className={QUIET}>{t.history.notSeen}</p>
    ) : (
      <InventoryNotice query={query} failed={t.history.failed} off={t.history.off} />
    );
  } else if (!query.data) {
    body = (
      <p role="status" className={QUIET}>
        {t.history.loading}
      </p>
    );
  } else {
    body = <HistoryBody history={query.data} />;
  }
  return <Section title={t.history.heading}>{body}</Section>;
}

function HistoryBody({ history }: { history: VolumeHistory }) {
  const t = useChangesMessages();
  const { fmt } = useI18n();
  const describe = useChangeText();
  const [now] = useState(() => Date.now());
  const current = history.versions[0];
  const idle = current ? unattachedFor(current, now) : null;
  const days = idle ? t.history.days(idle.days, fmt.number(idle.days)) : '';
  return (
    <div className="space-y-3">
      <FieldList>
        <Field label={t.history.firstSeen}>
          <span className="flex flex-col">
            <DateTime iso={history.first_seen} />
            {history.first_seen_at_start && <span className={QUIET}>{t.history.firstSeenAtStart}</span>}
          </span>
        </Field>
        <Field label={t.history.lastSeen}>
          <DateTime iso={history.last_seen} />
        </Field>
        {current && (
          <Field label={t.history.attachment}>
            <span data-testid="unattached-for">
              {idle
                ? idle.atLeast
                  ? t.history.unattachedAtLeast(days)
                  : t.history.unattachedFor(days)
                : t.history.attached}
            </span>
          </Field>
        )}
        {current && current.snapshot_count !== null && current.snapshot_gb !== null && (
          <Field label={t.history.snapshotsLabel}>
            {t.history.snapshots(fmt.number(current.snapshot_count), fmt.gigabytes(current.snapshot_gb))}
          </Field>
        )}
      </FieldList>
      <h4 className="text-xs font-semibold text-zinc-600 dark:text-zinc-300">
        {t.history.timeline} · {t.history.versions(history.versions.length)}
      </h4>
      {history.events.length === 0 ? (
        <p className={QUIET}>{t.history.noEvents}</p>
      ) : (
        <ol className="space-y-2">
          {history.events.map((change) => (
            <li key={change.id} data-change-id={change.id} className="text-sm">
              <span className="flex flex-wrap items-center gap-2">
                <DateTime iso={change.at} />
                <ChangeKindTag change={change} />
                <span>{describe(change)}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
