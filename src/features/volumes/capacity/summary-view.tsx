import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import { MissingRegions } from '../all-volumes/missing-regions.tsx';
import { ReadAt } from '../all-volumes/read-at.tsx';
import type { ReadScope } from '../all-volumes/read-scope.ts';
import type { MatchingVolumes } from '../all-volumes/select-matching.ts';
import { BarTable } from './bar-table.tsx';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';
import { LargestVolumes } from './largest-volumes.tsx';
import { TypeName } from '../volume-types/type-name.tsx';
import type { CapacitySummary, Tally } from './summarise.ts';

const FIGURE = 'flex flex-col gap-0.5';
const TERM = 'text-xs text-zinc-600 dark:text-zinc-400';
const VALUE = 'text-sm font-semibold tabular-nums';
/*
 * As many columns of small tables as fit (four at 1440 px, one on a phone), each as tall as its
 * own rows (items-start): stretched to the tallest, a three-row table spread its rows far
 * apart. The panel itself has no height cap: a scroll box inside the scrolling page hid types.
 * A style attribute adds no CSS rule.
 */
const COLUMNS = { gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 17rem), 1fr))' };

/**
 * What a full read in the browser says above its figures: how many volumes, which regions it
 * misses, when it read them, and Read again.
 */
export function WalkSummaryHeader({
  summary,
  matching,
  scope,
  refreshing,
  onReadAgain,
}: {
  summary: CapacitySummary;
  matching: MatchingVolumes;
  scope: ReadScope;
  /** A read is under way: Read again waits for it. */
  refreshing: boolean;
  onReadAgain: () => void;
}) {
  const { fmt } = useI18n();
  const t = useCapacityMessages();
  const { total } = summary;
  const which = scope.term === null ? t.matchingFilters : t.matchingTerm(scope.term);
  const missing = new Set(matching.missing.map((failure) => failure.region));
  const read = matching.regions.filter((region) => !missing.has(region));
  const unjudged = matching.invalid.length + matching.unjudged;
  const count = fmt.number(total.count);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <p>
          {missing.size > 0
            ? t.scopePartial(total.count, count, which, read.join(', '))
            : t.scope(total.count, count, which)}
          {unjudged > 0 && ` · ${t.invalid(fmt.number(unjudged))}`}
        </p>
        {!refreshing && <ReadAt readAt={matching.readAt} onReadAgain={onReadAgain} />}
      </div>
      <MissingRegions missing={matching.missing} />
      <MissingRegions missing={matching.namesMissing} names />
    </>
  );
}

/** The panel's figures, whatever read them (the browser's full read, or the inventory). */
export function SummaryView({
  summary,
  header,
  multiRegion,
  onShowAvailable,
  onOpen,
  region,
}: {
  summary: CapacitySummary;
  /** Above the figures: where they come from, how many, what is missing (WalkSummaryHeader …). */
  header: ReactNode;
  /** The figures cover several regions: a table by region is worth showing. */
  multiRegion: boolean;
  /** The table's region filter: the types are described as that region lists them. */
  region: string | undefined;
  /** Null when the table already shows state Available. */
  onShowAvailable: (() => void) | null;
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
  const available = summary.byState.find((group) => group.key === 'available')?.count ?? 0;
  const count = fmt.number(total.count);

  return (
    <>
      {header}
      <dl className="flex flex-wrap items-start gap-x-6 gap-y-2">
        <div className={FIGURE}>
          <dt className={TERM}>{t.volumes}</dt>
          <dd className={VALUE}>{count}</dd>
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
              {t.unattachedValue(
                unattached.count,
                fmt.number(unattached.count),
                fmt.gigabytes(unattached.gigabytes),
              )}
            </span>
            {onShowAvailable && available > 0 && (
              <button
                type="button"
                onClick={(event) => {
                  // The shortcut goes once the filter is set: focus moves to the panel's heading
                  // (the Capacity button), not to <body>.
                  event.currentTarget.closest('section')?.querySelector<HTMLElement>('h2 button')?.focus();
                  onShowAvailable();
                }}
                className={`${toolbarButtonSegment} rounded-md`}
              >
                {t.showAvailable(fmt.number(available))}
              </button>
            )}
          </dd>
        </div>
      </dl>
      <div className="grid items-start gap-x-6 gap-y-2" style={COLUMNS}>
        <BarTable
          caption={t.byType}
          heading={t.type}
          rows={summary.byType.map((group) => ({
            ...group,
            label: group.key === null ? t.noType : <TypeName name={group.key} region={region} />,
          }))}
        />
        {multiRegion && (
          <BarTable
            caption={t.byRegion}
            heading={t.region}
            rows={summary.byRegion.map((group) => ({ ...group, label: group.key ?? '—' }))}
          />
        )}
        <BarTable caption={t.flags} heading={t.flag} rows={flags} />
        <BarTable
          caption={t.byState}
          heading={t.state}
          rows={summary.byState.map((group) => ({ ...group, label: stateLabel(m, group.key ?? '') }))}
        />
        <LargestVolumes volumes={summary.largest} onOpen={onOpen} />
      </div>
    </>
  );
}
