'use client';

import { LOCALES, MONTH_STYLES, type MonthStyle } from '@/lib/i18n/locale';
import { useI18n } from './locale-provider';

/** English / العربية, and in Arabic the month names (standard or Levantine). */
export function LanguageSwitch() {
  const { settings, m, choose } = useI18n();
  return (
    <div className="language-switch">
      <div role="group" aria-label={m.language.label} className="language-buttons">
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="button"
            lang={locale}
            aria-pressed={settings.locale === locale}
            onClick={() => settings.locale !== locale && choose({ ...settings, locale })}
          >
            {m.language.names[locale]}
          </button>
        ))}
      </div>
      {settings.locale === 'ar' && (
        <label className="language-months">
          <span className="visually-hidden">{m.language.months}</span>
          <select value={settings.months} title={m.language.months} onChange={(e) => choose({ ...settings, months: e.target.value as MonthStyle })}>
            {MONTH_STYLES.map((style) => (
              <option key={style} value={style}>
                {m.language.monthStyles[style]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
