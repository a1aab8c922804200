import { StateBadge } from '../../components/state-badge.tsx';
import { stateTone } from '../../components/state-tone.ts';
import { useChangesMessages } from '../../i18n/changes-messages.ts';
import { useI18n } from '../../i18n/i18n-context.ts';
import { stateLabel } from '../../i18n/state-label.ts';
import type { ChangeJson } from '../../scp/inventory-schema.ts';

/** A change that went wrong: a state change into an error state. */
export function isErrorChange(change: ChangeJson): boolean {
  return change.kind === 'state_changed' && typeof change.to === 'string' && stateTone(change.to) === 'error';
}

const text = (value: string | number | null | undefined, none: string): string =>
  value === null || value === undefined || value === '' ? none : String(value);

/** One change in words: what changed, from what to what, naming the server or snapshot. */
export function useChangeText(): (change: ChangeJson) => string {
  const t = useChangesMessages();
  const { m, fmt } = useI18n();
  const gb = (value: string | number | null) =>
    typeof value === 'number' ? fmt.gigabytes(value) : text(value, t.none);
  const state = (value: string | number | null) =>
    typeof value === 'string' ? stateLabel(m, value) : t.none;
  return (change) => {
    const server = change.server ? change.server.name || change.server.id : t.unknownServer;
    const snapshot = change.snapshot;
    switch (change.kind) {
      case 'state_changed':
        return t.stateChange(state(change.from), state(change.to));
      case 'attached':
        return t.attachedTo(server);
      case 'detached':
        return t.detachedFrom(server);
      case 'resized':
        return t.resizedTo(gb(change.from), gb(change.to));
      case 'renamed':
        return t.renamedTo(text(change.from, t.none), text(change.to, t.none));
      case 'type_changed':
        return t.typeTo(text(change.from, t.none), text(change.to, t.none));
      case 'snapshot_created':
        return t.snapshotTaken(snapshot?.name || snapshot?.id || '', fmt.gigabytes(snapshot?.size_gb ?? 0));
      case 'snapshot_deleted':
        return t.snapshotDeleted(snapshot?.name || snapshot?.id || '', fmt.gigabytes(snapshot?.size_gb ?? 0));
      default:
        return t.kinds[change.kind];
    }
  };
}

/** The kind as a small tag, coloured as states are: an error in red, so it stands out in a long list. */
export function ChangeKindTag({ change }: { change: ChangeJson }) {
  const t = useChangesMessages();
  const tone = isErrorChange(change) ? 'error' : change.kind === 'created' ? 'ok' : 'neutral';
  return <StateBadge state={change.kind} label={t.kinds[change.kind]} tone={tone} />;
}
