import { UNLIMITED } from '../../../scp/quota-limit.ts';
import type { Quota } from '../../../scp/volume-quota-schema.ts';

export type QuotaTone = 'ok' | 'warning' | 'danger';

/** A warning from 80 % of a limit, danger from 95 %: as Horizon's and most consoles' gauges. */
export const WARNING_SHARE = 0.8;
export const DANGER_SHARE = 0.95;

export type QuotaReading =
  | { unlimited: true; used: number }
  | { unlimited: false; used: number; limit: number; share: number; tone: QuotaTone };

/**
 * How full a quota is. What counts against the limit is what is in use plus what is reserved
 * (Cinder's check); a limit of -1 (or any negative one) is no limit, and a limit of 0 is full.
 */
export function readQuota(quota: Pick<Quota, 'in_use' | 'limit' | 'reserved'>): QuotaReading {
  const used = quota.in_use + Math.max(0, quota.reserved);
  if (quota.limit === UNLIMITED || quota.limit < 0) return { unlimited: true, used };
  const share = quota.limit === 0 ? 1 : used / quota.limit;
  const tone = share >= DANGER_SHARE ? 'danger' : share >= WARNING_SHARE ? 'warning' : 'ok';
  return { unlimited: false, used, limit: quota.limit, share, tone };
}

const percents = new Map<string, Intl.NumberFormat>();

/** "85%" / "85%": whole percents in the reader's locale, rounded down so 94.6 % is not "95%". */
export function formatShare(localeTag: string, share: number): string {
  let format = percents.get(localeTag);
  if (!format) percents.set(localeTag, (format = new Intl.NumberFormat(localeTag, { style: 'percent' })));
  return format.format(Math.floor(share * 100) / 100);
}
