import { useI18n } from '../i18n/i18n-context.ts';
import { setTheme, useTheme } from './theme.ts';
import { Icon } from '../components/icon.tsx';
import { compactIconButton } from '../components/button-classes.ts';

export function ThemeToggle() {
  const { m } = useI18n();
  const theme = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  const label = next === 'dark' ? m.app.theme.toDark : m.app.theme.toLight;
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      aria-label={label}
      title={label}
      className={compactIconButton}
    >
      <Icon className="size-4">
        {theme === 'dark' ? (
          <>
            <circle cx="8" cy="8" r="3" />
            <path
              d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1"
              strokeLinecap="round"
            />
          </>
        ) : (
          <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7Z" strokeLinejoin="round" />
        )}
      </Icon>
    </button>
  );
}
