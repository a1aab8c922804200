import { compareVolumes } from '../../../scp/sort-order.ts';
import { DEFAULT_SORT, parseSortTerms } from '../../../scp/sort-terms.ts';
import type { Volume } from '../../../scp/volume-schema.ts';

export interface LocalPageInput {
  /** What to look for, as typed: compared case-insensitively. */
  term: string;
  /** The API's `sort` parameter; absent means the API's default order. */
  sort: string | undefined;
  page: number;
  perPage: number;
  /** Server names known so far, by server id. */
  nameOf: (serverId: string) => string | undefined;
}

/** Part of the name, the id, or an attached server's id or name. */
export function matchesTerm(volume: Volume, needle: string, nameOf: LocalPageInput['nameOf']): boolean {
  const has = (text: string | null | undefined) => text?.toLowerCase().includes(needle) ?? false;
  return (
    has(volume.name) ||
    has(volume.id) ||
    (volume.servers ?? []).some((server) => has(server.id) || has(nameOf(server.id)))
  );
}

/**
 * One page of the volumes that contain the term, in the order the API would list them: the
 * comparator the simulator and the proxy's merge use (scp/sort-order.ts), so paging a local
 * result reads exactly like paging the API.
 */
export function localPage(
  volumes: readonly Volume[],
  input: LocalPageInput,
): { count: number; volumes: Volume[] } {
  const needle = input.term.toLowerCase();
  const parsed = input.sort ? parseSortTerms(input.sort) : null;
  const terms = parsed?.ok ? parsed.terms : DEFAULT_SORT;
  const matches = volumes.filter((volume) => matchesTerm(volume, needle, input.nameOf));
  matches.sort(compareVolumes(terms));
  const start = (input.page - 1) * input.perPage;
  return { count: matches.length, volumes: matches.slice(start, start + input.perPage) };
}
