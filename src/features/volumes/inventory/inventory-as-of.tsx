import { useI18n } from '../../../i18n/i18n-context.ts';
import { useInventoryMessages } from '../../../i18n/inventory-messages.ts';
import { LOCALE_TAGS } from '../../../i18n/locale.ts';
import { parseApiDate } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';

const clocks = new Map<string, Intl.DateTimeFormat>();
/** "14:02": the reading's local time, as short as the status line needs it. */
export function shortTime(localeTag: string, iso: string): string {
  let clock = clocks.get(localeTag);
  if (!clock) {
    clock = new Intl.DateTimeFormat(localeTag, { hour: '2-digit', minute: '2-digit' });
    clocks.set(localeTag, clock);
  }
  return clock.format(parseApiDate(iso));
}

/** "From the inventory as of 14:02 (3 min ago)", the full time and zone in its title. */
export function InventoryAsOf({ asOf }: { asOf: string | null }) {
  const { fmt, locale } = useI18n();
  const t = useInventoryMessages();
  const now = useNow();
  if (asOf === null) return <span>{t.neverRead}</span>;
  return (
    <span title={`${fmt.absolute(asOf)} · ${t.asOfHint}`}>
      {t.asOf(shortTime(LOCALE_TAGS[locale], asOf), fmt.elapsed(now - parseApiDate(asOf)))}
    </span>
  );
}
