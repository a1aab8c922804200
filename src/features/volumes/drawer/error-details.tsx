import { CopyButton } from '../../../components/copy-button.tsx';
import { useDrawerMessages } from '../../../i18n/drawer-messages.ts';
import type { ApiError } from '../../../lib/api-error.ts';

/** What went wrong, in the table's terms: status, SCP code, SCP's message and the request id to quote. */
export function ErrorDetails({ error }: { error: ApiError }) {
  const drawer = useDrawerMessages();
  const t = drawer.error;
  const rows: [string, React.ReactNode][] = [];
  if (error.status !== null) rows.push([t.status, String(error.status)]);
  if (error.code) rows.push([t.code, <span className="font-mono text-xs">{error.code}</span>]);
  // SCP's own words as received; for the other kinds, ours first (a timeout has nothing else to say).
  const message =
    error.kind === 'http'
      ? error.message
      : error.kind === 'timeout'
        ? t.kinds.timeout
        : `${t.kinds[error.kind]} ${error.message}`;
  rows.push([t.message, message]);
  if (error.requestId) {
    rows.push([
      t.requestId,
      <span className="inline-flex flex-wrap items-center gap-1">
        <span className="font-mono text-xs break-all">{error.requestId}</span>
        <CopyButton value={error.requestId} label={t.copyRequestId} />
      </span>,
    ]);
  }
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
