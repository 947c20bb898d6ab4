'use client';

import { usePathname } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_SETTINGS, STORAGE_KEY, dirOf, localeHref, settingsFromStorage, withSettings, type LocaleSettings } from '@/lib/i18n/locale';
import { wordsFor, type Words } from '@/lib/i18n/messages';

export interface I18n extends Words {
  settings: LocaleSettings;
  dir: 'ltr' | 'rtl';
  /** An app path that keeps the language. */
  href: (path: string) => string;
  choose: (next: LocaleSettings) => void;
}

const bind = (settings: LocaleSettings): Omit<I18n, 'choose'> => ({
  ...wordsFor(settings),
  settings,
  dir: dirOf(settings.locale),
  href: (path) => localeHref(path, settings),
});

const I18nContext = createContext<I18n>({ ...bind(DEFAULT_SETTINGS), choose: () => {} });

export const useI18n = () => useContext(I18nContext);

function store(settings: LocaleSettings) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage refused (private mode, quota): the URL still carries the choice.
  }
}

/**
 * The interface's language for a page. The URL decides (`?lang=ar`); without it, the choice kept in
 * local storage is restored and written into the URL, so that a copied link opens the same way.
 * Every label is rendered in the browser, so a change re-renders without a round trip.
 */
export function LocaleProvider({ initial, children }: { initial: LocaleSettings | null; children: ReactNode }) {
  const [settings, setSettings] = useState(initial ?? DEFAULT_SETTINGS);
  const pathname = usePathname();

  const apply = useCallback(
    (next: LocaleSettings) => {
      setSettings(next);
      window.history.replaceState(window.history.state, '', `${pathname}?${withSettings(window.location.search, next)}${window.location.hash}`);
    },
    [pathname],
  );

  useEffect(() => {
    if (initial) {
      store(initial);
      return;
    }
    let stored: LocaleSettings | null = null;
    try {
      stored = settingsFromStorage(localStorage.getItem(STORAGE_KEY));
    } catch {
      // No storage: English.
    }
    if (stored && stored.locale !== DEFAULT_SETTINGS.locale) apply(stored);
    // Only on arrival: later changes come through `choose`.
  }, []);

  useEffect(() => {
    document.documentElement.lang = settings.locale;
    document.documentElement.dir = dirOf(settings.locale);
  }, [settings.locale]);

  const value = useMemo<I18n>(
    () => ({
      ...bind(settings),
      choose: (next) => {
        store(next);
        apply(next);
      },
    }),
    [settings, apply],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
