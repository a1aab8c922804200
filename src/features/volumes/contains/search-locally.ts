import type { QueryClient } from '@tanstack/react-query';
import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { RegionFailure } from '../../../scp/region-failure.ts';
import type { VolumeList } from '../../../scp/volume-schema.ts';
import type { MatchField } from '../all-volumes/match-term.ts';
import { readMatching } from '../all-volumes/read-matching.ts';
import { scopeOf } from '../all-volumes/read-scope.ts';
import type { MatchingVolumes } from '../all-volumes/select-matching.ts';
import { localPage } from './local-page.ts';

export interface LocalSearchInput {
  /** The view's API filters and sort, without the name (filterParams in contains mode). */
  filters: ListVolumesParams;
  term: string;
  page: number;
  perPage: number;
}

/** What the status line says about a local search's answer. */
export interface LocalSearchFacts {
  /** Volumes looked through. */
  scanned: number;
  /** Regions that did not answer: the matches are theirs only. */
  missing: RegionFailure[];
  /** Regions whose server names could not be read: their servers matched by id only. */
  namesMissing: RegionFailure[];
  /** When the volumes were read (epoch ms). */
  readAt: number;
  /** How many matches each field gave (the first field that holds the term counts). */
  byField: Partial<Record<MatchField, number>>;
}

/** A page of a local search, each row naming where the term was found (`matched_on`). */
export type LocalVolumeList = VolumeList & { local: LocalSearchFacts };

/**
 * SCP's name filter is exact, so "contains" reads every volume of the other filters (the shared
 * full read, all-volumes/) and matches here: name, attached servers' names, ids from their
 * start. A region that did not answer is named in `failures`, so the table says the page is
 * partial as it does for the API's list.
 */
export async function searchLocally(
  client: QueryClient,
  input: LocalSearchInput,
  signal: AbortSignal,
): Promise<LocalVolumeList> {
  const matching = await readMatching(client, scopeOf(input.filters, input.term));
  signal.throwIfAborted();
  const { page: number, perPage } = input;
  const page = localPage(matching.volumes, { sort: input.filters.sort, page: number, perPage });
  return {
    count: page.count,
    volumes: page.volumes.map((volume) => {
      // A copy that says where the term was found, when not in the name: the name cell shows it.
      const match = matching.matches?.get(volume.id);
      return match && match.field !== 'name' ? { ...volume, matched_on: match } : volume;
    }),
    invalid: [],
    ...(matching.missing.length > 0 ? { failures: matching.missing } : {}),
    local: {
      scanned: matching.scanned,
      missing: matching.missing,
      namesMissing: matching.namesMissing,
      readAt: matching.readAt,
      byField: countFields(matching.matches),
    },
  };
}

function countFields(matches: MatchingVolumes['matches']): Partial<Record<MatchField, number>> {
  const counts: Partial<Record<MatchField, number>> = {};
  for (const { field } of matches?.values() ?? []) counts[field] = (counts[field] ?? 0) + 1;
  return counts;
}
