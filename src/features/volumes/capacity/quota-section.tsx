import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';
import { statusQueries } from '../api/volume-queries.ts';
import { QuotaRegion } from './quota-region.tsx';

// One column per region where they fit; a style attribute adds no CSS rule.
const COLUMNS = { gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))' };

/**
 * The account's quota in each region the proxy serves (/api/status), whatever the table's
 * filters: each region asked on its own, since quotas are per region.
 */
export function QuotaSection() {
  const t = useCapacityMessages().quota;
  const status = useQuery(statusQueries.current());
  const regions = status.data?.regions ?? [];
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-1.5">
      <h3 id={headingId} className="text-xs font-semibold">
        {t.heading}
      </h3>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {t.scope} {t.storageHint}
      </p>
      <div className="grid gap-2" style={COLUMNS}>
        {regions.map((region) => (
          <QuotaRegion key={region} region={region} />
        ))}
      </div>
    </section>
  );
}
