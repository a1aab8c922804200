import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Locale } from '../i18n/locale.ts';

/**
 * SCP words its errors in the language the request asked for, so an error on screen would stay
 * in the old language after a switch. Failed queries on screen are asked again; this runs after
 * the commit that set <html lang>, so the new request carries the new Accept-Language.
 */
export function useRefetchFailedOnSwitch(locale: Locale): void {
  const queryClient = useQueryClient();
  const asked = useRef(locale);
  useEffect(() => {
    if (asked.current === locale) return;
    asked.current = locale;
    void queryClient.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' });
  }, [locale, queryClient]);
}
