import { CopyButton } from '../../../components/copy-button.tsx';
import { NotSet } from './not-set.tsx';

const SHORT_LENGTH = 8;

/**
 * An identifier in monospace, copyable; `copyLabel` names it for the button ("volume ID").
 * `short` shows only the first characters (the full id is in the title, read to screen
 * readers, and copied), for table columns too narrow for a UUID.
 */
export function IdValue({
  value,
  copyLabel,
  short = false,
}: {
  value: string | null | undefined;
  copyLabel: string;
  short?: boolean;
}) {
  if (!value) return <NotSet />;
  const shortened = short && value.length > SHORT_LENGTH + 4;
  return (
    <span
      className={`inline-flex max-w-full items-center gap-x-1 ${shortened ? 'whitespace-nowrap' : 'flex-wrap'}`}
    >
      {shortened ? (
        <span className="font-mono text-xs" title={value}>
          <span aria-hidden="true">{value.slice(0, SHORT_LENGTH)}…</span>
          <span className="sr-only">{value}</span>
        </span>
      ) : (
        <span className="font-mono text-xs break-all">{value}</span>
      )}
      <CopyButton value={value} label={copyLabel} />
    </span>
  );
}
