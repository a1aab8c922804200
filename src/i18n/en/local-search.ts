/** The contains search's status line (a lazily loaded chunk: see ../lazy-section.ts). */
export const localSearch = {
  reading: 'Reading every volume to search locally',
  scope: (scanned: string, matches: string) => `Local search over ${scanned} volumes: ${matches} match`,
  scopeHint:
    'Name, ID and attached servers, compared here in the browser; the API filters by exact name only.',
};
