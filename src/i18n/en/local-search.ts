/** The contains search's status line (a lazily loaded chunk: see ../lazy-section.ts). */
export const localSearch = {
  reading: 'Reading every volume to search locally',
  scope: (count: number, scanned: string, matches: string) =>
    `Local search over ${scanned} ${count === 1 ? 'volume' : 'volumes'}: ${matches} match`,
  /** A region did not answer: the search covered the others only. */
  partial: (regions: string) => `not searched: ${regions} (did not answer)`,
  scopeHint:
    'Name and attached servers’ names anywhere, IDs from their start (anywhere from 8 characters), compared here in the browser; the API filters by exact name only.',
  /** Where the matches were found: "name 31, attached server 99". */
  fields: { name: 'name', server: 'attached server', id: 'ID' },
};
