import type { RegionFailure } from '../../../scp/region-failure.ts';
import type { InvalidVolume, Volume } from '../../../scp/volume-schema.ts';
import { matchTerm, type TermMatch } from './match-term.ts';
import type { AccountRead } from './read-account.ts';
import { localStates, type ReadScope } from './read-scope.ts';
import type { ServerNames } from './read-server-names.ts';
import { isInvalid } from './walk-list.ts';

/** The volumes a scope covers, out of a read: what the table shows, every page of it. */
export interface MatchingVolumes {
  /** In the read's order. */
  volumes: Volume[];
  /** The same volumes as received (and, with no local filter, the malformed items in place). */
  raw: unknown[];
  /** Malformed items among them; with a term or a local state filter none can be judged: see `unjudged`. */
  invalid: InvalidVolume[];
  /** Malformed items a term or state filter could not be applied to: left out, and said so. */
  unjudged: number;
  /** Where the term was found, by volume id; null without a term. */
  matches: ReadonlyMap<string, TermMatch> | null;
  /** Volumes looked through (every valid volume of the read). */
  scanned: number;
  /** Regions that did not answer: the answer is partial while this is not empty. */
  missing: RegionFailure[];
  /** Regions whose server names could not be read: their servers matched by id only. */
  namesMissing: RegionFailure[];
  regions: readonly string[];
  readAt: number;
}

/**
 * Applies the parts of a scope the API cannot (a contains term, and in that mode the state
 * filter) to a read. Pure, so the table's page, the chips, the panel and the file agree.
 */
export function selectMatching(
  read: AccountRead,
  scope: ReadScope,
  names: ServerNames | null,
): MatchingVolumes {
  const base = {
    scanned: read.volumes.length,
    missing: read.missing,
    namesMissing: names?.missing ?? [],
    regions: read.regions,
    readAt: read.readAt,
  };
  const states = localStates(scope);
  if (scope.term === null && states === null) {
    return {
      ...base,
      volumes: read.volumes,
      raw: read.raw,
      invalid: read.invalid,
      unjudged: 0,
      matches: null,
    };
  }
  const nameOf = (id: string) => names?.names.get(id);
  const volumes: Volume[] = [];
  const raw: unknown[] = [];
  const matches = new Map<string, TermMatch>();
  read.items.forEach((item, index) => {
    if (isInvalid(item)) return;
    if (states !== null && !states.includes(item.state)) return;
    if (scope.term !== null) {
      const match = matchTerm(item, scope.term, nameOf);
      if (!match) return;
      matches.set(item.id, match);
    }
    volumes.push(item);
    raw.push(read.raw[index]);
  });
  return {
    ...base,
    volumes,
    raw,
    invalid: [],
    unjudged: read.invalid.length,
    matches: scope.term === null ? null : matches,
  };
}
