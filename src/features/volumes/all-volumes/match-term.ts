import type { Volume } from '../../../scp/volume-schema.ts';

/** Where a contains search found its term: the volume's name or id, or an attached server's name or id. */
export type MatchField = 'name' | 'id' | 'server';

export interface TermMatch {
  field: MatchField;
  /** The text that holds the term: the name, the id, or the server's name or id. */
  text: string;
}

/**
 * An id holds a term only from its start, or anywhere once the term is this long: "db" inside
 * the hex of a UUID is noise (most of a two-letter term's matches: docs/PERFORMANCE.md), eight
 * characters are deliberate (a UUID's first group is eight).
 */
export const ID_ANYWHERE_FROM = 8;

/**
 * Whether a volume holds the term, and where: its name first, then an attached server's name,
 * then the ids. Case-insensitive; names match anywhere.
 */
export function matchTerm(
  volume: Volume,
  term: string,
  nameOf: (serverId: string) => string | undefined,
): TermMatch | null {
  const needle = term.toLowerCase();
  const inName = (text: string | null | undefined) => text?.toLowerCase().includes(needle) ?? false;
  const inId = (id: string) => {
    const lower = id.toLowerCase();
    return lower.startsWith(needle) || (needle.length >= ID_ANYWHERE_FROM && lower.includes(needle));
  };
  if (volume.name && inName(volume.name)) return { field: 'name', text: volume.name };
  const servers = volume.servers ?? [];
  for (const server of servers) {
    const name = nameOf(server.id);
    if (name && inName(name)) return { field: 'server', text: name };
  }
  if (inId(volume.id)) return { field: 'id', text: volume.id };
  for (const server of servers) if (inId(server.id)) return { field: 'server', text: server.id };
  return null;
}
