import { useErrorPanelMessages } from '../../../i18n/error-panel-messages.ts';

const SETTINGS = ['SCP_ACCESS_KEY', 'SCP_SECRET_KEY', 'SCP_REGION', 'SCP_ENV'] as const;
const codeClass = 'rounded bg-red-100 px-1 font-mono text-[12px] dark:bg-red-900/50';

/** A 401 is almost always local configuration: say which, and where it lives. */
export function UnauthorizedHelp() {
  const t = useErrorPanelMessages();
  return (
    <div className="space-y-1">
      <p>{t.unauthorized}</p>
      <ul className="list-disc pl-5">
        {t.unauthorizedCauses.map((cause) => (
          <li key={cause}>{cause}</li>
        ))}
      </ul>
      <p>
        {t.unauthorizedWhere} <code className={codeClass}>.env.local</code> (
        {SETTINGS.map((name, index) => (
          <span key={name}>
            {index > 0 && ', '}
            <code className={codeClass}>{name}</code>
          </span>
        ))}
        ) {t.unauthorizedRestart}
      </p>
    </div>
  );
}
