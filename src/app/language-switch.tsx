import { useI18n } from '../i18n/i18n-context.ts';
import { LOCALES, LOCALE_TAGS } from '../i18n/locale.ts';
import { useRefetchFailedOnSwitch } from './use-refetch-failed-on-switch.ts';

/** English / 한국어, each written in its own language so either reader can find it. */
export function LanguageSwitch() {
  const { locale, setLocale, m } = useI18n();
  useRefetchFailedOnSwitch(locale);
  return (
    <div
      role="group"
      aria-label={m.common.language}
      className="inline-flex rounded-md border border-zinc-200 p-0.5 dark:border-zinc-800"
    >
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={LOCALE_TAGS[option]}
          aria-pressed={locale === option}
          onClick={() => setLocale(option)}
          className={`rounded px-2 py-0.5 text-xs font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-blue-500 ${
            locale === option
              ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900'
              : 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
          }`}
        >
          {m.common.languageNames[option]}
        </button>
      ))}
    </div>
  );
}
