import { createContext, useContext } from 'react';
import type { Formatters } from '../lib/format.ts';
import type { Locale } from './locale.ts';
import type { Messages } from './messages.ts';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  m: Messages;
  fmt: Formatters;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
