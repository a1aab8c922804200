import { useFullReadMessages } from '../../../i18n/full-read-messages.ts';
import type { RegionFailure } from '../../../scp/region-failure.ts';

/**
 * The regions a full read is missing, and why (status, SCP's message, the request id to quote):
 * wherever its figures appear, so a partial answer never passes for the whole account.
 * `names`: the regions whose server names are missing instead.
 */
export function MissingRegions({
  missing,
  names = false,
}: {
  missing: readonly RegionFailure[];
  names?: boolean;
}) {
  const t = useFullReadMessages();
  if (missing.length === 0) return null;
  const regions = missing.map((failure) => failure.region).join(', ');
  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-amber-100">
      <p className="font-medium">{names ? t.namesMissing(regions) : t.partial(regions)}</p>
      <ul className="list-disc pl-5">
        {missing.map((failure) => (
          <li key={failure.region}>
            {t.regionFailure(failure.region, failure.status, failure.code, failure.message)}
            {failure.requestId && (
              <code className="ml-1 font-mono text-[11px] opacity-80">{failure.requestId}</code>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
