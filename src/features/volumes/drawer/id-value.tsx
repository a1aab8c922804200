import { CopyButton } from '../../../components/copy-button.tsx';
import { NotSet } from './not-set.tsx';

/** An identifier in monospace, copyable; `copyLabel` names it for the button ("volume ID"). */
export function IdValue({ value, copyLabel }: { value: string | null | undefined; copyLabel: string }) {
  if (!value) return <NotSet />;
  return (
    <span className="inline-flex max-w-full flex-wrap items-center gap-x-1">
      <span className="font-mono text-xs break-all">{value}</span>
      <CopyButton value={value} label={copyLabel} />
    </span>
  );
}
