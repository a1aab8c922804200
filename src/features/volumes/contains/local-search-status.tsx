import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFullReadMessages } from '../../../i18n/full-read-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { useLocalSearchMessages } from '../../../i18n/local-search-messages.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import { volumeQueries } from '../api/volume-queries.ts';
import { allVolumesQuery, namedRegions, serverNamesQuery } from '../all-volumes/all-volumes-query.ts';
import { MissingRegions } from '../all-volumes/missing-regions.tsx';
import type { MatchField } from '../all-volumes/match-term.ts';
import { ReadAt } from '../all-volumes/read-at.tsx';
import { needsNames } from '../all-volumes/read-matching.ts';
import { readScope } from '../all-volumes/read-scope.ts';
import { useReadProgress } from '../all-volumes/use-read-progress.ts';
import { WalkProgressBar } from '../all-volumes/walk-progress-bar.tsx';
import type { VolumeView } from '../url-state/volume-view.ts';
import type { LocalSearchFacts, LocalVolumeList } from './search-locally.ts';

const NO_REGIONS: readonly string[] = [];

function isLocalList(list: VolumeList | undefined): list is LocalVolumeList {
  return list !== undefined && 'local' in list;
}

/**
 * Says that the table shows a local search, over how many volumes, read when, and whether
 * some region is missing, so nobody mistakes it for the API's answer; while the read runs, its
 * progress (volumes, then server names), with Cancel (back to exact search).
 */
export function LocalSearchStatus({
  view,
  result,
  onStop,
}: {
  view: VolumeView;
  /** The table's answer: a local search's page once it has one. */
  result: VolumeList | undefined;
  /** Cancel: the read stops and the name goes back to the API's exact match. */
  onStop: () => void;
}) {
  const queryClient = useQueryClient();
  const t = useLocalSearchMessages();
  const read = useFullReadMessages();
  const { fmt } = useI18n();
  const scope = readScope(view);
  const volumesQuery = allVolumesQuery(scope.filters);
  // Observes the cache only: the search's own query makes the reads.
  const cached = useQuery({ ...volumesQuery, enabled: false });
  const regions = cached.data && needsNames(scope, cached.data) ? namedRegions(cached.data) : NO_REGIONS;
  const namesQuery = serverNamesQuery(regions);
  const volumesProgress = useReadProgress(hashKey(volumesQuery.queryKey));
  const namesProgress = useReadProgress(hashKey(namesQuery.queryKey));
  const cancel = () => {
    void queryClient.cancelQueries({ queryKey: volumesQuery.queryKey });
    void queryClient.cancelQueries({ queryKey: namesQuery.queryKey });
    onStop();
  };
  const readAgain = () => {
    void queryClient.invalidateQueries({ queryKey: namesQuery.queryKey });
    void queryClient.invalidateQueries({ queryKey: volumeQueries.all() });
  };
  const facts = isLocalList(result) ? result.local : null;
  const describe = ({ scanned, missing, byField }: LocalSearchFacts) => {
    const fields = (Object.keys(t.fields) as MatchField[])
      .filter((field) => (byField[field] ?? 0) > 0)
      .map((field) => `${t.fields[field]} ${fmt.number(byField[field] ?? 0)}`);
    const where = missing.map((failure) => failure.region).join(', ');
    return [
      t.scope(scanned, fmt.number(scanned), fmt.number(result?.count ?? 0)) +
        (fields.length > 0 ? ` (${fields.join(', ')})` : ''),
      ...(where ? [t.partial(where)] : []),
    ].join(' · ');
  };
  const progress = volumesProgress ?? namesProgress;
  return (
    <div className="flex shrink-0 flex-col gap-1 text-xs text-zinc-700 dark:text-zinc-300">
      <div className="flex min-h-7 flex-wrap items-center gap-x-3 gap-y-1">
        <p role="status" title={t.scopeHint}>
          {facts === null ? t.reading : describe(facts)}
        </p>
        {progress ? (
          <WalkProgressBar
            progress={progress}
            label={volumesProgress ? t.reading : read.readingNames}
            focusCancel={false}
            onCancel={cancel}
          />
        ) : (
          facts && <ReadAt readAt={facts.readAt} onReadAgain={readAgain} />
        )}
      </div>
      {/* The volumes' missing regions are the table's banner; the names' are only said here. */}
      {facts && <MissingRegions missing={facts.namesMissing} names />}
    </div>
  );
}
