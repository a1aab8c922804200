import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { toolbarButtonSegment } from '../../../components/button-classes.ts';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { normaliseError } from '../../../lib/api-error.ts';
import { UNLIMITED } from '../../../scp/quota-limit.ts';
import { regionQueries } from '../api/region-queries.ts';
import { QuotaGauge } from './quota-gauge.tsx';

/**
 * One region's quota set (ShowVolumeQuotaSet): volumes, storage (SCP's `usages`: GB of volumes
 * and snapshots), snapshots, and the largest volume allowed. Loads, fails and retries on its
 * own, so a region that does not answer is named while the others show.
 */
export function QuotaRegion({ region }: { region: string }) {
  const t = useCapacityMessages().quota;
  const { fmt } = useI18n();
  const query = useQuery(regionQueries.quota(region));
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={query.isPending}
      data-region={region}
      className="flex min-w-0 flex-col gap-2 rounded-md border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <h4 id={headingId} className="text-xs font-semibold">
        {t.region(region)}
      </h4>
      {query.isPending ? (
        <p role="status" className="text-xs text-zinc-500 dark:text-zinc-400">
          {t.loading}
        </p>
      ) : query.isError ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-xs">
          <span className="text-red-700 dark:text-red-300">
            {t.failed(region)} {normaliseError(query.error).message}
          </span>
          <button
            type="button"
            onClick={() => void query.refetch()}
            className={`${toolbarButtonSegment} rounded-md`}
          >
            {t.retry}
          </button>
        </div>
      ) : (
        <>
          <QuotaGauge label={t.volumes} quota={query.data.volumes} format={fmt.number} />
          <QuotaGauge label={t.storage} quota={query.data.usages} format={fmt.gigabytes} />
          <QuotaGauge label={t.snapshots} quota={query.data.snapshots} format={fmt.number} />
          <p className="flex flex-col gap-0.5">
            <span className="text-xs text-zinc-600 dark:text-zinc-400">{t.perVolume}</span>
            <span className="text-sm font-semibold tabular-nums">
              {query.data.per_volume_size.limit === UNLIMITED || query.data.per_volume_size.limit < 0
                ? t.noLimit
                : fmt.gigabytes(query.data.per_volume_size.limit)}
            </span>
          </p>
        </>
      )}
    </section>
  );
}
