import { StateBadge } from '../../../../components/state-badge.tsx';
import { useI18n } from '../../../../i18n/i18n-context.ts';
import { stateLabel } from '../../../../i18n/state-label.ts';

export function StateCell({ state }: { state: string }) {
  const { m } = useI18n();
  return <StateBadge state={state} label={stateLabel(m, state)} />;
}
