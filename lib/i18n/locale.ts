/**
 * The interface language and how Arabic names the months. Kept in the URL (`lang`, `months`) so a
 * link opens in the language it was sent in, and in local storage so a returning user keeps theirs.
 */

export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Arabic month names: the standard forms (أكتوبر) or the Levantine ones used in Iraq and by several
 * of the sources (تشرين الأول).
 */
export const MONTH_STYLES = ['standard', 'levantine'] as const;
export type MonthStyle = (typeof MONTH_STYLES)[number];

export interface LocaleSettings {
  locale: Locale;
  months: MonthStyle;
}

export const DEFAULT_SETTINGS: LocaleSettings = { locale: 'en', months: 'standard' };

/** The local-storage key; the layout's pre-paint script reads it too. */
export const STORAGE_KEY = 'sitrep.locale';

export const dirOf = (locale: Locale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
const isMonthStyle = (value: unknown): value is MonthStyle => MONTH_STYLES.includes(value as MonthStyle);

/** The settings a URL asks for, or null when it names no language (unknown values are ignored). */
export function settingsFromParams(get: (key: string) => string | null | undefined): LocaleSettings | null {
  const lang = get('lang');
  if (!isLocale(lang)) return null;
  const months = get('months');
  return { locale: lang, months: isMonthStyle(months) ? months : DEFAULT_SETTINGS.months };
}

/** Settings kept in local storage, or null when there are none or they are not ours. */
export function settingsFromStorage(raw: string | null): LocaleSettings | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<LocaleSettings>;
    return isLocale(value.locale) ? { locale: value.locale, months: isMonthStyle(value.months) ? value.months : DEFAULT_SETTINGS.months } : null;
  } catch {
    return null;
  }
}

/** The query string with the settings written in (the month style only where it matters), other keys kept. */
export function withSettings(search: string, settings: LocaleSettings): string {
  const next = new URLSearchParams(search);
  next.set('lang', settings.locale);
  if (settings.locale === 'ar' && settings.months !== DEFAULT_SETTINGS.months) next.set('months', settings.months);
  else next.delete('months');
  return next.toString();
}

/** An app path with the current settings carried over, so that following a link keeps the language. */
export function localeHref(href: string, settings: LocaleSettings): string {
  if (settings.locale === DEFAULT_SETTINGS.locale) return href;
  const hash = href.indexOf('#');
  const [path, fragment] = hash >= 0 ? [href.slice(0, hash), href.slice(hash)] : [href, ''];
  const query = path.indexOf('?');
  const [pathname, search] = query >= 0 ? [path.slice(0, query), path.slice(query + 1)] : [path, ''];
  return `${pathname}?${withSettings(search, settings)}${fragment}`;
}

/** The settings in a page's search params (as Next passes them to a server page). */
export function settingsFromSearchParams(search: Record<string, string | string[] | undefined>): LocaleSettings | null {
  return settingsFromParams((key) => {
    const value = search[key];
    return Array.isArray(value) ? value[0] : value;
  });
}
