import { useId } from 'react';
import { useCapacityMessages } from '../../../i18n/capacity-messages.ts';
import { useI18n } from '../../../i18n/i18n-context.ts';
import { LOCALE_TAGS } from '../../../i18n/locale.ts';
import type { Quota } from '../../../scp/volume-quota-schema.ts';
import { formatShare, readQuota, type QuotaTone } from './quota-math.ts';

const BAR: Record<QuotaTone, string> = {
  ok: 'bg-blue-600 dark:bg-blue-400',
  warning: 'bg-amber-500',
  danger: 'bg-red-600 dark:bg-red-500',
};
const WORD: Record<QuotaTone, string> = {
  ok: '',
  warning: 'text-amber-800 dark:text-amber-300',
  danger: 'text-red-700 dark:text-red-300',
};

/**
 * One quota as a labelled meter: "1,049 of 1,235 (84%)", the bar repeating it, and from 80 %
 * the words "Near the limit" / "At the limit" (never colour alone). Unlimited has no bar.
 */
export function QuotaGauge({
  label,
  quota,
  format,
}: {
  label: string;
  quota: Quota;
  /** How the amounts read: a count, or GB. */
  format: (value: number) => string;
}) {
  const { locale } = useI18n();
  const t = useCapacityMessages().quota;
  const labelId = useId();
  const reading = readQuota(quota);
  const reserved = quota.reserved > 0 ? ` · ${t.reserved(format(quota.reserved))}` : '';
  if (reading.unlimited) {
    return (
      <div className="flex flex-col gap-0.5" data-quota-tone="unlimited">
        <span id={labelId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {label}
        </span>
        <span className="text-sm font-semibold tabular-nums" data-in-use={quota.in_use}>
          {t.unlimited(format(quota.in_use))}
          {reserved}
        </span>
      </div>
    );
  }
  const text = t.used(
    format(quota.in_use),
    format(reading.limit),
    formatShare(LOCALE_TAGS[locale], reading.share),
  );
  const word = reading.tone === 'danger' ? t.danger : reading.tone === 'warning' ? t.warning : '';
  return (
    <div className="flex flex-col gap-0.5" data-quota-tone={reading.tone}>
      <span id={labelId} className="text-xs text-zinc-600 dark:text-zinc-400">
        {label}
      </span>
      <span className="flex flex-wrap items-center gap-x-2 text-sm tabular-nums">
        <span className="font-semibold" data-in-use={quota.in_use}>
          {text}
          {reserved}
        </span>
        {word && <span className={`text-xs font-medium ${WORD[reading.tone]}`}>{word}</span>}
      </span>
      <span
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={reading.limit}
        aria-valuenow={Math.min(reading.used, reading.limit)}
        aria-valuetext={word ? `${text}, ${word}` : text}
        className="h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <span
          className={`block h-full rounded-full ${BAR[reading.tone]}`}
          style={{ width: `${Math.min(1, reading.share) * 100}%` }}
        />
      </span>
    </div>
  );
}
