/**
 * `Scp-Api-Version: virtualserver 1.X`. The model grows with the minor version (scp-api.md §3):
 * 1.1 may omit modified_at, 1.2 adds max_iops/max_throughput, 1.4 adds zone.
 */
export const OLDEST_MINOR = 0;
export const NEWEST_MINOR = 5;

export type ApiVersion = { minor: number };

const VERSION_HEADER = /^virtualserver 1\.(\d)$/;

/** A missing header means the newest version, as on the live API; anything unknown is null. */
export function parseApiVersion(header: string | undefined): ApiVersion | null {
  if (header === undefined) return { minor: NEWEST_MINOR };
  const match = VERSION_HEADER.exec(header.trim());
  const minor = match ? Number(match[1]) : NaN;
  return minor >= OLDEST_MINOR && minor <= NEWEST_MINOR ? { minor } : null;
}
