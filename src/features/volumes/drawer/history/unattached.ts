import type { VersionJson } from '../../../../scp/inventory-schema.ts';

const DAY_MS = 86_400_000;

/**
 * How long the volume has had no server, in whole days at `now`: exact when the inventory saw
 * it detach, "at least" when it was already unattached as the history began. Null while attached.
 */
export function unattachedFor(
  current: Pick<VersionJson, 'attached' | 'unattached_since' | 'unattached_since_exact'>,
  now: number,
): { days: number; atLeast: boolean } | null {
  if (current.attached || current.unattached_since === null) return null;
  const since = Date.parse(current.unattached_since);
  if (!Number.isFinite(since)) return null;
  return { days: Math.max(0, Math.floor((now - since) / DAY_MS)), atLeast: !current.unattached_since_exact };
}
