import { describe, expect, it } from 'vitest';
import { middayOfDate } from '@/lib/time/date';
import { arabicDigits, formats } from './format';
import { localeHref, settingsFromParams, settingsFromStorage, withSettings } from './locale';

const en = formats({ locale: 'en', months: 'standard' });
const ar = formats({ locale: 'ar', months: 'standard' });
const levant = formats({ locale: 'ar', months: 'levantine' });
const oct2 = middayOfDate('2024-10-02');

describe('formats', () => {
  it('says each precision in words, without shifting the day', () => {
    expect(en.dateClaim({ start: '2024-10-02', end: '2024-10-02', precision: 'day' })).toBe('2 Oct 2024');
    expect(en.dateClaim({ start: '2025-09-01', end: '2025-09-30', precision: 'month' })).toBe('during September 2025');
    expect(en.dateClaim({ start: '2024-12-07', end: '2024-12-08', precision: 'range' })).toBe('between 7 Dec 2024 and 8 Dec 2024');
    expect(en.dateClaim({ start: '2025-01-01', end: '2025-12-31', precision: 'year' })).toBe('during 2025');
  });

  it('writes Arabic dates with Arabic-Indic digits and either month style', () => {
    expect(ar.dateClaim({ start: '2024-10-02', end: '2024-10-02', precision: 'day' })).toBe('٢ أكتوبر ٢٠٢٤');
    expect(levant.dateClaim({ start: '2024-10-02', end: '2024-10-02', precision: 'day' })).toBe('٢ تشرين الأول ٢٠٢٤');
    expect(levant.dateClaim({ start: '2025-09-01', end: '2025-09-30', precision: 'month' })).toBe('خلال أيلول ٢٠٢٥');
    expect(ar.dateClaim({ start: '2024-12-07', end: '2024-12-08', precision: 'range' })).toBe('بين ٧ ديسمبر ٢٠٢٤ و٨ ديسمبر ٢٠٢٤');
    expect(ar.dateClaim({ start: '2025-01-01', end: '2025-12-31', precision: 'year' })).toBe('خلال ٢٠٢٥');
    // 2 Oct 2024 was a Wednesday.
    expect(levant.dayLong(oct2)).toBe('الأربعاء ٢ تشرين الأول ٢٠٢٤');
    expect(en.dayLong(oct2)).toBe('Wednesday, 2 October 2024');
  });

  it('uses the month names the sources use', () => {
    // Both forms occur in the articles: «تشرين الأول» and «أكتوبر», «أيلول» and «سبتمبر».
    expect([levant.month(oct2), ar.month(oct2)]).toEqual(['تشرين الأول', 'أكتوبر']);
    expect(levant.monthYear(Date.parse('2026-09-15T00:00:00Z'))).toBe('أيلول ٢٠٢٦');
    expect(levant.month(Date.parse('2025-01-15T00:00:00Z'))).toBe('كانون الثاني');
  });

  it('writes numbers in each language', () => {
    expect(en.number(1200)).toBe('1,200');
    expect(ar.number(1200)).toBe('١٬٢٠٠');
    expect(ar.number(33.78561, 4)).toBe('٣٣٫٧٨٥٦');
    expect(arabicDigits('2024-10-02')).toBe('٢٠٢٤-١٠-٠٢');
  });
});

describe('locale settings', () => {
  const params = (query: string) => {
    const search = new URLSearchParams(query);
    return settingsFromParams((key) => search.get(key));
  };

  it('reads the URL, ignoring what it does not know', () => {
    expect(params('lang=ar&months=levantine')).toEqual({ locale: 'ar', months: 'levantine' });
    expect(params('lang=ar&months=julian')).toEqual({ locale: 'ar', months: 'standard' });
    expect(params('lang=fr')).toBeNull();
    expect(params('place=erbil')).toBeNull();
  });

  it('reads local storage, ignoring what is not ours', () => {
    expect(settingsFromStorage('{"locale":"ar","months":"levantine"}')).toEqual({ locale: 'ar', months: 'levantine' });
    expect(settingsFromStorage('not json')).toBeNull();
    expect(settingsFromStorage(null)).toBeNull();
  });

  it('writes the settings into a URL and keeps the other keys', () => {
    expect(withSettings('place=erbil&t=2024-10-02', { locale: 'ar', months: 'levantine' })).toBe('place=erbil&t=2024-10-02&lang=ar&months=levantine');
    expect(withSettings('lang=ar&months=levantine', { locale: 'en', months: 'levantine' })).toBe('lang=en');
    expect(localeHref('/articles/003?event=e&source=0#passage', { locale: 'ar', months: 'standard' })).toBe('/articles/003?event=e&source=0&lang=ar#passage');
    expect(localeHref('/feed', { locale: 'en', months: 'standard' })).toBe('/feed');
  });
});
