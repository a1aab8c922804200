import { useI18n } from '../../../i18n/i18n-context.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import { BarTable } from './bar-table.tsx';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';
import { LargestVolumes } from './largest-volumes.tsx';
import { TypeName } from '../volume-types/type-name.tsx';
import type { CapacitySummary, Tally } from './summarise.ts';

const FIGURE = 'flex flex-col gap-0.5';
const TERM = 'text-xs text-zinc-600 dark:text-zinc-400';
const VALUE = 'text-sm font-semibold tabular-nums';
// Two columns where they fit, one on a narrow screen; a style attribute adds no CSS rule.
const COLUMNS = { gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))' };

export function SummaryView({
  summary,
  invalid,
  onShowUnattached,
  onOpen,
  region,
}: {
  summary: CapacitySummary;
  /** The table's region filter: the types are described as that region lists them. */
  region: string | undefined;
  invalid: number;
  onShowUnattached: () => void;
  onOpen: (id: string) => void;
}) {
  const { m, fmt } = useI18n();
  const t = useCapacityMessages();
  const { total, unattached } = summary;
  const flagRow = (key: string, label: string, tally: Tally) => ({ key, label, ...tally });
  const flags = [
    flagRow('bootable', t.bootable, summary.bootable.yes),
    flagRow('not-bootable', t.notBootable, summary.bootable.no),
    flagRow('encrypted', t.encrypted, summary.encrypted.yes),
    flagRow('not-encrypted', t.notEncrypted, summary.encrypted.no),
    ...(summary.encrypted.unknown.count > 0
      ? [flagRow('encryption-unknown', t.encryptionUnknown, summary.encrypted.unknown)]
      : []),
  ];

  return (
    <>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {t.scope(fmt.number(total.count))}
        {invalid > 0 && ` · ${t.invalid(fmt.number(invalid))}`}
      </p>
      <dl className="flex flex-wrap items-start gap-x-6 gap-y-2">
        <div className={FIGURE}>
          <dt className={TERM}>{t.volumes}</dt>
          <dd className={VALUE}>{fmt.number(total.count)}</dd>
        </div>
        <div className={FIGURE}>
          <dt className={TERM}>{t.totalSize}</dt>
          <dd className={VALUE}>{fmt.gigabytes(total.gigabytes)}</dd>
        </div>
        <div className={FIGURE}>
          <dt className={TERM} title={t.unattachedHint}>
            {t.unattached}
          </dt>
          <dd className="flex flex-wrap items-center gap-2">
            <span className={VALUE}>
              {t.unattachedValue(fmt.number(unattached.count), fmt.gigabytes(unattached.gigabytes))}
            </span>
            {unattached.count > 0 && (
              <button
                type="button"
                onClick={onShowUnattached}
                className={`${toolbarButtonSegment} rounded-md`}
              >
                {t.showUnattached}
              </button>
            )}
          </dd>
        </div>
      </dl>
      <div className="grid gap-x-6 gap-y-2" style={COLUMNS}>
        <BarTable
          caption={t.byType}
          heading={t.type}
          rows={summary.byType.map((group) => ({
            ...group,
            label: group.key === null ? t.noType : <TypeName name={group.key} region={region} />,
          }))}
        />
        <BarTable
          caption={t.byState}
          heading={t.state}
          rows={summary.byState.map((group) => ({ ...group, label: stateLabel(m, group.key ?? '') }))}
        />
        <BarTable caption={t.flags} heading={t.flag} rows={flags} />
        <LargestVolumes volumes={summary.largest} onOpen={onOpen} />
      </div>
    </>
  );
}
