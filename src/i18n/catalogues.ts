import { en } from './en/index.ts';
import type { Locale } from './locale.ts';
import type { Messages } from './messages.ts';

/**
 * English ships in the initial bundle; Korean is its own chunk, loaded when chosen (or when
 * the browser prefers it), so an English visit does not pay for it. Loaded catalogues are
 * kept here so the provider can read them synchronously after the first load.
 */
const loaded: Partial<Record<Locale, Messages>> = { en };
const pending: Partial<Record<Locale, Promise<Messages>>> = {};

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  ko: () => import('./ko/index.ts').then((module) => module.ko),
};

export function loadedCatalogue(locale: Locale): Messages | undefined {
  return loaded[locale];
}

export function loadCatalogue(locale: Locale): Promise<Messages> {
  pending[locale] ??= loaders[locale]().then((messages) => {
    loaded[locale] = messages;
    return messages;
  });
  return pending[locale];
}

// Component tests render Korean synchronously. The condition is false in every build, and
// the bundler drops this statement (and the await) from the app.
if (import.meta.env.MODE === 'test') await loadCatalogue('ko');
