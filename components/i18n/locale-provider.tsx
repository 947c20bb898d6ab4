'use client';

import { usePathname } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_SETTINGS, STORAGE_KEY, dirOf, localeHref, settingsFromParams, settingsFromStorage, withSettings, type LocaleSettings } from '@/lib/i18n/locale';
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

/** Keeps a choice in local storage and in a cookie (so that the server renders the next page in it). */
function store(settings: LocaleSettings) {
  const value = JSON.stringify(settings);
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Storage refused (private mode, quota): the URL and the cookie still carry the choice.
  }
  document.cookie = `${STORAGE_KEY}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}

/** The URL with the settings written in. Next's router follows History API writes made with a null state. */
function writeUrl(pathname: string, settings: LocaleSettings) {
  window.history.replaceState(null, '', `${pathname}?${withSettings(window.location.search, settings)}${window.location.hash}`);
}

/**
 * The interface's language for a page. The server resolves it from the URL (`?lang=ar`) or the cookie
 * of the last choice (`initial`, with `fromUrl` saying which); a choice found only in the cookie or
 * in local storage is written into the URL, so that a copied link opens the same way. Back and
 * Forward follow the URL. Every label is rendered in the browser, so a change needs no round trip.
 */
export function LocaleProvider({ initial, fromUrl, children }: { initial: LocaleSettings | null; fromUrl: boolean; children: ReactNode }) {
  const [settings, setSettings] = useState(initial ?? DEFAULT_SETTINGS);
  // Until local storage has been looked at, the pre-paint script's lang and dir stand.
  const checked = useRef(initial !== null);
  const pathname = usePathname();

  useEffect(() => {
    let restored = initial;
    if (!restored) {
      try {
        restored = settingsFromStorage(localStorage.getItem(STORAGE_KEY));
      } catch {
        // No storage: English.
      }
      if (restored) {
        setSettings(restored);
        // The cookie, so that the server renders the next page in this language.
        store(restored);
      }
    }
    checked.current = true;
    const locale = (restored ?? DEFAULT_SETTINGS).locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = dirOf(locale);
    if (restored && !fromUrl && restored.locale !== DEFAULT_SETTINGS.locale) writeUrl(pathname, restored);
    const onPopState = () => {
      const search = new URLSearchParams(window.location.search);
      const named = settingsFromParams((key) => search.get(key));
      if (named) setSettings(named);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
    // Only on arrival: later changes come through `choose` and popstate.
  }, []);

  useEffect(() => {
    if (!checked.current) return;
    document.documentElement.lang = settings.locale;
    document.documentElement.dir = dirOf(settings.locale);
  }, [settings.locale]);

  const choose = useCallback(
    (next: LocaleSettings) => {
      store(next);
      setSettings(next);
      writeUrl(pathname, next);
    },
    [pathname],
  );
  const value = useMemo<I18n>(() => ({ ...bind(settings), choose }), [settings, choose]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
