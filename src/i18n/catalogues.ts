import { en } from './en/index.ts';
import type { Locale } from './locale.ts';
import type { Messages } from './messages.ts';

/**
 * A promise carrying its outcome in the fields React's `use()` reads, so a catalogue that has
 * arrived is read synchronously (no suspense, not even for one render).
 */
type Tracked<T> = Promise<T> & { status: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked = Object.assign(promise, { status: 'pending' as const }) as Tracked<T>;
  promise.then(
    (value) => Object.assign(tracked, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(tracked, { status: 'rejected', reason }),
  );
  return tracked;
}

/**
 * English ships in the initial bundle; Korean is its own chunk, loaded when chosen (or when
 * the browser prefers it), so an English visit does not pay for it. One promise per locale,
 * kept, so every render asks `use()` the same question and gets the settled answer.
 */
const catalogues: Partial<Record<Locale, Tracked<Messages>>> = {
  en: Object.assign(Promise.resolve(en), { status: 'fulfilled' as const, value: en }),
};

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  ko: () => import('./ko/index.ts').then((module) => module.ko),
};

/** A catalogue that has already arrived (English always), or undefined while it loads. */
export function settledCatalogue(locale: Locale): Messages | undefined {
  const tracked = catalogues[locale];
  return tracked?.status === 'fulfilled' ? tracked.value : undefined;
}

export function loadCatalogue(locale: Locale): Promise<Messages> {
  return (catalogues[locale] ??= track(loaders[locale]()));
}

// Component tests render Korean synchronously. The condition is false in every build, and
// the bundler drops this statement (and the await) from the app.
if (import.meta.env.MODE === 'test') await loadCatalogue('ko');
