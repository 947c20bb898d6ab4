/**
 * Dates and numbers in the interface's language, always in UTC so that no viewer sees a report a
 * day early or late. English follows en-GB ("2 Oct 2024"); Arabic writes Arabic-Indic digits and
 * names the months in the standard or the Levantine forms ("٢ تشرين الأول ٢٠٢٤").
 */
import type { DateClaim } from '@/lib/data/schema';
import { toUtcMs } from '@/lib/time/date';
import type { LocaleSettings } from './locale';

export const ARABIC_MONTHS = {
  standard: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  levantine: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
} as const;

/** Sunday first, as Date#getUTCDay counts. */
const ARABIC_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Western digits and separators to Arabic-Indic ones: "33.78" → "٣٣٫٧٨", "1,200" → "١٬٢٠٠". */
export function arabicDigits(text: string): string {
  return text.replace(/[0-9.,]/g, (c) => (c === '.' ? '٫' : c === ',' ? '٬' : ARABIC_DIGITS[Number(c)]!));
}

type Claim = Pick<DateClaim, 'start' | 'end' | 'precision'>;

export interface Formats {
  /** A count or measure: "1,200", "١٬٢٠٠". */
  number(value: number, fractionDigits?: number): string;
  /** "2 Oct 2024" · "٢ أكتوبر ٢٠٢٤". */
  day(ms: number): string;
  /** "Wednesday, 2 October 2024" · "الأربعاء ٢ أكتوبر ٢٠٢٤". */
  dayLong(ms: number): string;
  /** A month on the timeline's axis: "Oct" · "أكتوبر". */
  month(ms: number): string;
  /** "Sept 2026" · "أيلول ٢٠٢٦". */
  monthYear(ms: number): string;
  /** "September 2026" · "أيلول ٢٠٢٦". */
  monthLong(ms: number): string;
  /** "2025" · "٢٠٢٥". */
  year(ms: number): string;
  /** "2 Oct 2024", "during September 2025", "during 2025", "between 7 Dec 2024 and 8 Dec 2024". */
  dateClaim(date: Claim): string;
  /** When something was written, to the minute: "2 Oct 2024, 14:05 UTC" · "٢ أكتوبر ٢٠٢٤، ١٤:٠٥ UTC". */
  moment(ms: number): string;
}

/** "14:05" in UTC. */
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);

const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

function englishFormats(): Formats {
  const day = utc({ day: 'numeric', month: 'short', year: 'numeric' });
  const dayLong = utc({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const month = utc({ month: 'short' });
  const monthLong = utc({ month: 'long', year: 'numeric' });
  const monthYear = utc({ month: 'short', year: 'numeric' });
  const number = (value: number, fractionDigits = 0) =>
    value.toLocaleString('en-GB', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  return {
    number,
    day: (ms) => day.format(ms),
    dayLong: (ms) => dayLong.format(ms),
    month: (ms) => month.format(ms),
    monthYear: (ms) => monthYear.format(ms),
    monthLong: (ms) => monthLong.format(ms),
    year: (ms) => String(new Date(ms).getUTCFullYear()),
    moment: (ms) => `${day.format(ms)}, ${clock(ms)} UTC`,
    dateClaim(date) {
      switch (date.precision) {
        case 'day':
          return day.format(toUtcMs(date.start));
        case 'month':
          return `during ${monthLong.format(toUtcMs(date.start))}`;
        case 'year':
          return `during ${date.start.slice(0, 4)}`;
        case 'range':
          return `between ${day.format(toUtcMs(date.start))} and ${day.format(toUtcMs(date.end))}`;
      }
    },
  };
}

function arabicFormats(style: LocaleSettings['months']): Formats {
  const months = ARABIC_MONTHS[style];
  const parts = (ms: number) => {
    const d = new Date(ms);
    return { day: arabicDigits(String(d.getUTCDate())), month: months[d.getUTCMonth()]!, year: arabicDigits(String(d.getUTCFullYear())), weekday: ARABIC_WEEKDAYS[d.getUTCDay()]! };
  };
  const day = (ms: number) => {
    const p = parts(ms);
    return `${p.day} ${p.month} ${p.year}`;
  };
  const monthYear = (ms: number) => {
    const p = parts(ms);
    return `${p.month} ${p.year}`;
  };
  return {
    number: (value, fractionDigits = 0) =>
      arabicDigits(value.toLocaleString('en-GB', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })),
    day,
    dayLong: (ms) => `${parts(ms).weekday} ${day(ms)}`,
    month: (ms) => parts(ms).month,
    monthYear,
    monthLong: monthYear,
    year: (ms) => parts(ms).year,
    moment: (ms) => `${day(ms)}، ${arabicDigits(clock(ms))} UTC`,
    dateClaim(date) {
      switch (date.precision) {
        case 'day':
          return day(toUtcMs(date.start));
        case 'month':
          return `خلال ${monthYear(toUtcMs(date.start))}`;
        case 'year':
          return `خلال ${arabicDigits(date.start.slice(0, 4))}`;
        case 'range':
          return `بين ${day(toUtcMs(date.start))} و${day(toUtcMs(date.end))}`;
      }
    },
  };
}

const cache = new Map<string, Formats>();

/** The formats for a language (and, in Arabic, a month style); built once each. */
export function formats(settings: LocaleSettings): Formats {
  const key = settings.locale === 'ar' ? `ar:${settings.months}` : 'en';
  let found = cache.get(key);
  if (!found) {
    found = settings.locale === 'ar' ? arabicFormats(settings.months) : englishFormats();
    cache.set(key, found);
  }
  return found;
}
