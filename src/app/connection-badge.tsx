import { useI18n } from '../i18n/i18n-context.ts';
import type { ProxyStatus } from '../scp/status.ts';

/**
 * What the proxy talks to: the simulator, or SCP in a region and environment, with the API
 * version. Below 640 px only the dot shows (the words stay for screen readers and the title):
 * the header must fit 360 px with the language and theme controls.
 */
export function ConnectionBadge({ data, isError }: { data: ProxyStatus | undefined; isError: boolean }) {
  const { m } = useI18n();
  const t = m.app.connection;
  const base =
    'inline-flex h-6 items-center gap-1.5 rounded-full border px-2 text-xs font-medium whitespace-nowrap';

  if (!data) {
    return isError ? (
      <span className={`${base} border-zinc-200 text-zinc-500 dark:border-zinc-800`}>{t.unknown}</span>
    ) : null;
  }
  if (data.mode === 'simulator') {
    return (
      <span
        title={t.simulatorTitle}
        className={`${base} border-violet-200 bg-violet-50 text-violet-800 dark:border-violet-900 dark:bg-violet-950/50 dark:text-violet-200`}
      >
        <span aria-hidden="true" className="size-1.5 rounded-full bg-violet-500" />
        <span className="sr-only">{t.label} </span>
        <span className="max-sm:sr-only">{t.simulator}</span>
      </span>
    );
  }
  const where = [data.region, data.env].filter(Boolean).join(' · ') || data.endpointHost;
  return (
    <span
      title={t.scpTitle(data.endpointHost, data.apiVersion)}
      className={`${base} border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200`}
    >
      <span aria-hidden="true" className="size-1.5 rounded-full bg-emerald-500" />
      <span className="sr-only">{t.label} </span>
      <span className="font-mono max-sm:sr-only">{where}</span>
      <span className="text-emerald-700/70 max-sm:sr-only dark:text-emerald-300/70">
        {t.apiVersion(data.apiVersion)}
      </span>
    </span>
  );
}
