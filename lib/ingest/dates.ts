/**
 * Date expressions in Arabic news text, found and resolved to calendar dates for drafting events.
 *
 * - Explicit dates are read as written (`inferred: false`): «2 تشرين الأول 2024», «٢ أكتوبر ٢٠٢٤»,
 *   «أيلول/سبتمبر 2025», «نهاية أيلول 2025», «سبتمبر عام ٢٠٢٥», «عام 2014», «22/09/2025». Month
 *   names may be Levantine (كانون الثاني … كانون الأول), Egyptian/Gulf (يناير … ديسمبر) or Maghrebi,
 *   in any alef/hamza/ya spelling, with an attached و/ف/ب/ل/في/من. Impossible dates (31 شباط) are
 *   rejected, and nothing shorter inside them is taken instead.
 * - Relative expressions are resolved against the publication date (`inferred: true`): اليوم, أمس,
 *   weekdays (bare, or with الماضي/المقبل), الأسبوع/الشهر/العام الماضي…, «سبتمبر المقبل»,
 *   «١١ أكتوبر الجاري», «الأشهر الثلاثة الماضية», and «منذ X» (from X to the publication date).
 *   Without a publication date they are left out: a date is never guessed.
 * - Every basis quotes the expression and says how it was resolved, in the words of the dataset's
 *   `date.basis` fields.
 *
 * Matching is done on a folded copy of the text (normalize.ts's letter folding, one source code
 * point at a time) that keeps, for each folded character, where it came from, so every mention is
 * an exact [start, end) slice of the source.
 */
import { ARABIC_MONTHS } from '@/lib/i18n/format';
import { foldText } from '@/lib/search/normalize';
import { addDays, isIsoDate, isoWeekday, lastOfMonth } from '@/lib/time/date';

export interface ResolvedDate {
  start: string;
  end: string;
  precision: 'day' | 'month' | 'range' | 'year';
  inferred: boolean;
  /** The expression it came from and how it was resolved. */
  basis: string;
}

export interface DateMention {
  /** [start, end): UTF-16 offsets into the text searched; `text === source.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  date: ResolvedDate;
}

// ---------------------------------------------------------------------------------------------
// Folding with offsets

interface Folded {
  text: string;
  /** For each folded character, the source offset of the code point it came from… */
  from: number[];
  /** …and the end of that code point (stretched over any marks dropped after it). */
  to: number[];
}

const foldCache = new Map<string, string>();

function fold(source: string, start: number, end: number): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let i = start; i < end; ) {
    const cp = source.codePointAt(i)!;
    const len = cp > 0xffff && i + 1 < end ? 2 : 1;
    const ch = source.slice(i, i + len);
    let f = foldCache.get(ch);
    if (f === undefined) {
      f = foldText(ch);
      foldCache.set(ch, f);
    }
    if (f === '') {
      // A diacritic or tatweel: it belongs to the letter before it.
      if (to.length > 0) to[to.length - 1] = i + len;
    } else {
      for (let k = 0; k < f.length; k++) {
        text += f[k];
        from.push(i);
        to.push(i + len);
      }
    }
    i += len;
  }
  return { text, from, to };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary (folded forms)

const f = (s: string) => foldText(s);
/** A table keyed by words as written, re-keyed by their folded forms (the forms matches are made in). */
const foldKeys = <T,>(table: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(table).map(([k, v]) => [f(k), v]));
const alternation = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, WS_RE))
    .join('|');

/** Spaces within a line (never a line break), including NBSP and the bidi marks. */
const WS_CLASS = '(?:[^\\S\\r\\n]|[\\u200b-\\u200f\\u061c])';
const WS_RE = `${WS_CLASS}+`;
const S = WS_RE;
const S0 = `${WS_CLASS}*`;
/** Between a weekday and a date, or «اليوم» and a weekday: spaces and commas. */
const SEP = `(?:${WS_CLASS}|[،,])+`;
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
/** Letters attached to the front of a word: و/ف then ب/ل/في/من. Not part of the mention. */
const CLITIC = '(?:[وف]?(?:ب|ل|في|من)?)';

const EXTRA_MONTHS: [string, number][] = [
  ['إبريل', 4], ['ابريل', 4], ['يونيه', 6], ['يوليه', 7], ['اغسطس', 8], ['اكتوبر', 10],
  ['تشرين أول', 10], ['تشرين ثاني', 11], ['كانون أول', 12], ['كانون ثاني', 1],
  // Maghrebi
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['يوليوز', 7], ['أوت', 8], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
];

/** Folded month name (single spaces) → 1–12. */
const MONTHS = new Map<string, number>([
  ...ARABIC_MONTHS.standard.map((n, i) => [f(n), i + 1] as [string, number]),
  ...ARABIC_MONTHS.levantine.map((n, i) => [f(n), i + 1] as [string, number]),
  ...EXTRA_MONTHS.map(([n, m]) => [f(n), m] as [string, number]),
]);
const MONTH_ALT = alternation(MONTHS.keys());
const monthGroup = (name: string) => `(?<${name}>${MONTH_ALT})(?!\\p{L})`;
/** A month name, optionally with its other name: «أيلول/ سبتمبر», «أكتوبر (تشرين الأول)». */
const monthDual = `${monthGroup('mon')}(?:${S0}/${S0}${monthGroup('mon2')}|${S0}\\(${S0}${monthGroup('mon3')}${S0}\\))?`;

/** Folded weekday → ISO weekday (1 = Monday … 7 = Sunday). */
const WEEKDAYS: [string, number][] = [
  ['الاثنين', 1], ['الثلاثاء', 2], ['الثلاثا', 2], ['الاربعاء', 3], ['الاربعا', 3], ['الخميس', 4], ['الجمعه', 5], ['السبت', 6], ['الاحد', 7],
];
// «الأحد عشر» is «eleven», not Sunday.
const WEEKDAY_ALT = `(?:${alternation(WEEKDAYS.map(([w]) => w)).replace('الاحد', `الاحد(?!${S}عشر)`)})(?!\\p{L})`;
const weekdayOf = (folded: string) => WEEKDAYS.find(([w]) => folded === w)![1];

const YEAR = '(?<y>(?:19|20)\\d{2})(?!\\d)(?:م)?';
const DAY = '(?<d>\\d{1,2})(?!\\d)';
const YEAR_WORD = '(?:عام|العام|سنه|السنه)';

/** Words that place a date within a month or year; kept at that precision, and named in the basis. */
const MODIFIERS = foldKeys({
  نهاية: 'end', بداية: 'beginning', بدايات: 'beginning', مطلع: 'beginning', مستهل: 'beginning', منتصف: 'middle', أواسط: 'middle',
  أواخر: 'late', أوائل: 'early', أول: 'start', آخر: 'end', ختام: 'close',
});
const MOD_ALT = `(?:${alternation(Object.keys(MODIFIERS))})(?!\\p{L})`;
/** The modifiers that may stand before a bare year («منتصف 2025»); not اول/اخر («آخر 2000 جندي»). */
const YEAR_MOD_ALT = `(?:${alternation(['نهاية', 'بداية', 'مطلع', 'مستهل', 'منتصف', 'أواسط', 'أواخر', 'أوائل'].map(f))})(?!\\p{L})`;

const TIMES_OF_DAY = foldKeys({
  صباح: 'morning', صبيحه: 'morning', ضحي: 'late morning', ظهر: 'noon', ظهيره: 'noon', عصر: 'afternoon', مساء: 'evening',
  ليله: 'night', ليل: 'night', فجر: 'dawn', 'منتصف ليل': 'midnight', 'منتصف ليله': 'midnight',
});
const TOD_ALT = `(?:${alternation(Object.keys(TIMES_OF_DAY))})(?!\\p{L})`;

const PAST = ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة'].map(f);
const NEXT = ['المقبل', 'المقبلة', 'القادم', 'القادمة'].map(f);
const CURRENT = ['الجاري', 'الجارية', 'الحالي', 'الحالية'].map(f);
const QUAL_ALT = `(?:${alternation([...PAST, ...NEXT, ...CURRENT])})(?!\\p{L})`;
const QUAL_WD_ALT = `(?:${alternation([...PAST, ...NEXT])})(?!\\p{L})`;
type Direction = 'past' | 'next' | 'current';
const direction = (q: string): Direction => (PAST.includes(q) ? 'past' : NEXT.includes(q) ? 'next' : 'current');

const NUMBER_WORDS: Record<string, number> = {
  ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6, سبعه: 7, سبع: 7, ثمانيه: 8, ثماني: 8, ثمان: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10,
};
const NUM_ALT = `(?:\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})(?!\\p{L}|\\d)`;
type Unit = 'day' | 'week' | 'month' | 'year';
const UNITS: Record<string, Unit> = {
  يومين: 'day', ايام: 'day', يوما: 'day', اسبوعين: 'week', اسابيع: 'week', اسبوعا: 'week', شهرين: 'month', اشهر: 'month', شهور: 'month', شهرا: 'month',
  عامين: 'year', سنتين: 'year', اعوام: 'year', سنوات: 'year', سنين: 'year', عاما: 'year',
};
const PLURAL_UNIT_ALT = `(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين)(?!\\p{L})`;
const COUNTED_UNIT_ALT = `(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|سنين|يوما|اسبوعا|شهرا|عاما)(?!\\p{L})`;
const DUAL_UNIT_ALT = `(?:يومين|اسبوعين|شهرين|عامين|سنتين)(?!\\p{L})`;
const PLURAL_PAST = ['الماضية', 'الأخيرة', 'المنصرمة', 'الفائتة'].map(f);
const PLURAL_NEXT = ['المقبلة', 'القادمة'].map(f);
const DUAL_PAST = ['الماضيين', 'الأخيرين', 'المنصرمين', 'الفائتين'].map(f);
const DUAL_NEXT = ['المقبلين', 'القادمين'].map(f);
const PLURAL_Q_ALT = `(?:${alternation([...PLURAL_PAST, ...PLURAL_NEXT])})(?!\\p{L})`;
const DUAL_Q_ALT = `(?:${alternation([...DUAL_PAST, ...DUAL_NEXT])})(?!\\p{L})`;

/** Outlets whose name ends in «اليوم»: there it is not a date. */
const OUTLET_BEFORE_TODAY = new RegExp(`(?:^|[^\\p{L}])[وف]?(?:ل)?(?:بغداد|العرب|روسيا|المصري|فلسطين)${S0}["«“]?${S0}$`, 'u');
/** «اليوم الوطني», «اليوم التالي», «اليوم الأول»…: a day, but not today. */
const NOT_TODAY_AFTER = new RegExp(
  `^${S}(?:${alternation(['الوطني', 'العالمي', 'الدولي', 'العربي', 'التالي', 'السابق', 'الموالي', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الاخير', 'الذي', 'نفسه', 'ذاته'])})(?!\\p{L})`,
  'u',
);

// ---------------------------------------------------------------------------------------------
// Calendar helpers and English names for the basis

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const ymOf = (date: string) => ({ y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)) });
const monthName = (y: number, m: number) => `${MONTHS_EN[m - 1]} ${y}`;
const dayName = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS_EN[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const weekdayName = (date: string) => WEEKDAYS_EN[isoWeekday(date)]!;

function shiftMonth(y: number, m: number, by: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + by;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** The same day `by` months later (or earlier), clamped to the end of a shorter month. */
function addMonths(date: string, by: number): string {
  const { y, m } = shiftMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)), by);
  const last = Number(lastOfMonth(iso(y, m, 1)).slice(8, 10));
  return iso(y, m, Math.min(Number(date.slice(8, 10)), last));
}

const day = (date: string, inferred: boolean, basis: string): ResolvedDate => ({ start: date, end: date, precision: 'day', inferred, basis });
function month(y: number, m: number, inferred: boolean, basis: string): ResolvedDate {
  const start = iso(y, m, 1);
  return { start, end: lastOfMonth(start), precision: 'month', inferred, basis };
}
const year = (y: number, inferred: boolean, basis: string): ResolvedDate => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', inferred, basis });
const range = (start: string, end: string, inferred: boolean, basis: string): ResolvedDate =>
  start === end ? day(start, inferred, basis) : { start, end, precision: 'range', inferred, basis };

/** The month `m` nearest the publication month in a direction: strictly before, strictly after, or the same. */
function relativeMonth(published: string, m: number, dir: Direction): { y: number; m: number } | null {
  const p = ymOf(published);
  if (dir === 'current') return p.m === m ? p : null;
  if (dir === 'past') return { y: m < p.m ? p.y : p.y - 1, m };
  return { y: m > p.m ? p.y : p.y + 1, m };
}
const relativeMonthGloss = (dir: Direction, name: string, d?: number) => {
  if (d === undefined) return dir === 'past' ? `last ${name}` : dir === 'next' ? `next ${name}` : `${name}, this month`;
  return dir === 'past' ? `${d} ${name} last` : dir === 'next' ? `${d} ${name} next` : `${d} ${name}, this month`;
};
const RELATIVE_MONTH_RULE: Record<Direction, string> = {
  past: 'the most recent such month before the publication month',
  next: 'the first such month after the publication month',
  current: 'the publication month',
};

// ---------------------------------------------------------------------------------------------
// Patterns

type Groups = Record<string, string | undefined>;
interface Ctx {
  published: string | null;
  /** The mention as written (whitespace collapsed), for quoting. */
  quote: string;
  /** The folded text, and the mention's folded span, for looking around it. */
  folded: string;
  fs: number;
  fe: number;
  /** The mention's source text (with its diacritics). */
  raw: string;
}
interface Meta {
  kind: 'explicit-day' | 'other';
  /** The weekday written inside the mention, and whether the date falls on it. */
  weekday?: { iso: number; agrees: boolean };
}
/** A resolution; `null` claims the span without a date (it blocks shorter matches inside it); `undefined` is no match. */
type Outcome = { date: ResolvedDate; meta?: Meta } | null | undefined;
interface Pattern {
  re: RegExp;
  resolve(g: Groups, ctx: Ctx): Outcome;
}

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ENGLISH_MONTH_ALT = ENGLISH_MONTHS.join('|');

function englishDay(g: Record<string, string | undefined>, c: { quote: string }) {
  const date = iso(Number(g.y), ENGLISH_MONTHS.indexOf(g.en!) + 1, Number(g.d));
  if (!isIsoDate(date)) return null;
  return { date: day(date, false, `«${c.quote}» = ${dayName(date)}, as written (in English).`), meta: { kind: 'explicit-day' as const } };
}

const pattern = (body: string, resolve: Pattern['resolve']): Pattern => ({
  re: new RegExp(`${BEFORE}${CLITIC}(?<m>${body})${AFTER}`, 'gdu'),
  resolve,
});

function monthOf(g: Groups): { m: number; note: string } | null {
  const key = (s: string) => s.replace(new RegExp(WS_RE, 'gu'), ' ');
  const m = MONTHS.get(key(g.mon!));
  const other = g.mon2 ?? g.mon3;
  if (m === undefined) return null;
  if (other === undefined) return { m, note: '' };
  // Two names for one month («أيلول/سبتمبر»); two different months is not a date we can read.
  return MONTHS.get(key(other)) === m ? { m, note: ` (both names are ${MONTHS_EN[m - 1]})` } : null;
}

const modNote = (g: Groups, what: string) => {
  if (!g.mod) return '';
  return `; «${g.modRaw ?? g.mod}» (${MODIFIERS[g.mod]}) places it within the ${what}, which is kept whole`;
};

function weekdayCheck(date: string, wd: number): { agrees: boolean; note: string } {
  const actual = isoWeekday(date);
  return actual === wd
    ? { agrees: true, note: `, a ${WEEKDAYS_EN[wd]} as the text says` }
    : { agrees: false, note: `; but that is a ${WEEKDAYS_EN[actual]}, not the ${WEEKDAYS_EN[wd]} the text gives — check` };
}

const PATTERNS: Pattern[] = [
  // «الأربعاء 2 تشرين الأول 2024», «2 أكتوبر/تشرين الأول، 2024», «٢ أكتوبر ٢٠٢٤»
  pattern(`(?:(?<wd>${WEEKDAY_ALT})${SEP})?${DAY}${S0}(?:من${S})?${monthDual}(?:${S0}[،,])?${S}(?:${YEAR_WORD}${S})?${YEAR}`, (g, c) => {
    const mo = monthOf(g);
    const date = mo && iso(Number(g.y), mo.m, Number(g.d));
    if (!mo || !date || !isIsoDate(date)) return null;
    if (!g.wd) return { date: day(date, false, `«${c.quote}» = ${dayName(date)}, as written${mo.note}.`), meta: { kind: 'explicit-day' } };
    const wd = weekdayOf(g.wd);
    const check = weekdayCheck(date, wd);
    return {
      date: day(date, false, `«${c.quote}» = ${dayName(date)}, as written${mo.note}${check.note}.`),
      meta: { kind: 'explicit-day', weekday: { iso: wd, agrees: check.agrees } },
    };
  }),
  // «22/09/2025», «22-9-2025» (day first, as Arabic datelines write it)
  pattern(`(?<d>\\d{1,2})(?<sep>[/.\\-])(?<mo>\\d{1,2})\\k<sep>${YEAR}(?![/.\\-]\\d)`, (g, c) => {
    const date = iso(Number(g.y), Number(g.mo), Number(g.d));
    if (!isIsoDate(date)) return null;
    return { date: day(date, false, `«${c.quote}» = ${dayName(date)}, as written (day/month/year).`), meta: { kind: 'explicit-day' } };
  }),
  // «December 20, 2024», «26th, October 2024»: English dates that Arabic pages carry in embedded posts and datelines.
  pattern(`(?<en>${ENGLISH_MONTH_ALT})${S}(?<d>\\d{1,2})(?:st|nd|rd|th)?${S0},?${S0}${YEAR}`, (g, c) => englishDay(g, c)),
  pattern(`(?<d>\\d{1,2})(?:st|nd|rd|th)?,?${S}(?<en>${ENGLISH_MONTH_ALT})${S0},?${S0}${YEAR}`, (g, c) => englishDay(g, c)),
  // «2025-09-22», «2025/09/22»
  pattern(`${YEAR}(?<sep>[/.\\-])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?!\\d|[/.\\-]\\d)`, (g, c) => {
    const date = iso(Number(g.y), Number(g.mo), Number(g.d));
    if (!isIsoDate(date)) return null;
    return { date: day(date, false, `«${c.quote}» = ${dayName(date)}, as written (year/month/day).`), meta: { kind: 'explicit-day' } };
  }),
  // «١١ أكتوبر الجاري», «5 أيلول الماضي»
  pattern(`(?:(?<wd>${WEEKDAY_ALT})${SEP})?${DAY}${S0}(?:من${S})?${monthDual}${S}(?<q>${QUAL_ALT})`, (g, c) => {
    const mo = monthOf(g);
    if (!mo || !c.published) return null;
    const dir = direction(g.q!);
    const ym = relativeMonth(c.published, mo.m, dir);
    const date = ym && iso(ym.y, ym.m, Number(g.d));
    if (!ym || !date || !isIsoDate(date)) return null;
    const check = g.wd ? weekdayCheck(date, weekdayOf(g.wd)) : { note: '' };
    const name = MONTHS_EN[mo.m - 1]!;
    const p = ymOf(c.published);
    return {
      date: day(date, true, `«${c.quote}» (${relativeMonthGloss(dir, name, Number(g.d))}) = day ${Number(g.d)} of ${RELATIVE_MONTH_RULE[dir].replace('such month', name)} (${monthName(p.y, p.m)}) → ${date}${mo.note}${check.note}.`),
    };
  }),
  // «22 كانون الثاني / يناير» with no year: not resolved (the year is not guessed), but no shorter
  // expression inside it (the weekday before it) is taken either.
  pattern(`(?:(?<wd>${WEEKDAY_ALT})${SEP})?${DAY}${S0}(?:من${S})?${monthDual}`, () => null),
  // «11 من الشهر الجاري»
  pattern(`${DAY}${S}من${S}الشهر${S}(?<q>${QUAL_ALT})`, (g, c) => {
    if (!c.published) return null;
    const dir = direction(g.q!);
    const p = ymOf(c.published);
    const ym = shiftMonth(p.y, p.m, dir === 'past' ? -1 : dir === 'next' ? 1 : 0);
    const date = iso(ym.y, ym.m, Number(g.d));
    if (!isIsoDate(date)) return null;
    const which = dir === 'past' ? 'the month before the publication month' : dir === 'next' ? 'the month after the publication month' : 'the publication month';
    return { date: day(date, true, `«${c.quote}»: day ${Number(g.d)} of ${which} (${c.published}) → ${date}.`) };
  }),
  // «أيلول 2025», «نهاية أيلول 2025», «في شهر أيلول 2025», «سبتمبر عام ٢٠٢٥», «أيلول/سبتمبر 2025»
  pattern(`(?:(?<mod>${MOD_ALT})${S})?(?:شهر${S})?${monthDual}(?:${S0}[،,])?${S}(?:${YEAR_WORD}${S})?${YEAR}`, (g, c) => {
    const mo = monthOf(g);
    if (!mo) return null;
    const y = Number(g.y);
    return { date: month(y, mo.m, false, `«${c.quote}» = ${monthName(y, mo.m)}, as written${mo.note}${modNote(g, 'month')}.`) };
  }),
  // «سبتمبر المقبل», «أبريل الماضي», «أيلول/ سبتمبر المقبل», «أكتوبر الجاري»
  pattern(`(?:(?<mod>${MOD_ALT})${S})?(?:شهر${S})?${monthDual}${S}(?<q>${QUAL_ALT})`, (g, c) => {
    const mo = monthOf(g);
    if (!mo || !c.published) return null;
    const dir = direction(g.q!);
    const ym = relativeMonth(c.published, mo.m, dir);
    if (!ym) return null; // «أكتوبر الجاري» in an article not of October: the two disagree.
    const p = ymOf(c.published);
    return {
      date: month(ym.y, ym.m, true, `«${c.quote}» (${relativeMonthGloss(dir, MONTHS_EN[mo.m - 1]!)}) = ${RELATIVE_MONTH_RULE[dir].replace('such month', MONTHS_EN[mo.m - 1]!)} (${monthName(p.y, p.m)}) → ${monthName(ym.y, ym.m)}${mo.note}${modNote(g, 'month')}.`),
    };
  }),
  // «الشهر الماضي», «الشهر المقبل», «الشهر الجاري», «هذا الشهر», «نهاية الشهر الجاري»
  pattern(`(?:(?<mod>${MOD_ALT})${S})?(?:الشهر${S}(?<q>${QUAL_ALT})|(?<this>هذا)${S}الشهر)`, (g, c) => {
    if (!c.published) return null;
    const dir = g.this ? 'current' : direction(g.q!);
    const p = ymOf(c.published);
    const ym = shiftMonth(p.y, p.m, dir === 'past' ? -1 : dir === 'next' ? 1 : 0);
    const gloss = dir === 'past' ? 'last month' : dir === 'next' ? 'next month' : 'this month';
    const rule = dir === 'past' ? 'the month before the publication month' : dir === 'next' ? 'the month after the publication month' : 'the publication month';
    return { date: month(ym.y, ym.m, true, `«${c.quote}» (${gloss}) = ${rule} (${monthName(p.y, p.m)}) → ${monthName(ym.y, ym.m)}${modNote(g, 'month')}.`) };
  }),
  // «العام المقبل», «العام الماضي», «السنة الماضية», «هذا العام», «نهاية العام الجاري»
  pattern(`(?:(?<mod>${MOD_ALT})${S})?(?:(?:العام|السنه)${S}(?<q>${QUAL_ALT})|(?<this>هذا${S}العام|هذه${S}السنه))`, (g, c) => {
    if (!c.published) return null;
    const dir = g.this ? 'current' : direction(g.q!);
    const p = ymOf(c.published).y;
    const y = dir === 'past' ? p - 1 : dir === 'next' ? p + 1 : p;
    const gloss = dir === 'past' ? 'last year' : dir === 'next' ? 'next year' : 'this year';
    const rule = dir === 'past' ? 'the year before the publication year' : dir === 'next' ? 'the year after the publication year' : 'the publication year';
    return { date: year(y, true, `«${c.quote}» (${gloss}) = ${rule} ${p} → ${y}${modNote(g, 'year')}.`) };
  }),
  // «عام 2014», «العام 2014», «منتصف 2025», «نهاية عام 2024»
  pattern(`(?:(?<mod>${YEAR_MOD_ALT})${S}(?:${YEAR_WORD}${S})?|${YEAR_WORD}${S})${YEAR}`, (g, c) => {
    const y = Number(g.y);
    return { date: year(y, false, `«${c.quote}» = the year ${y}, as written${modNote(g, 'year')}.`) };
  }),
  // «الأسبوع الماضي», «الأسبوع المقبل»
  pattern(`(?:ال)?اسبوع${S}(?<q>${QUAL_WD_ALT})`, (g, c) => {
    if (!c.published) return null;
    const p = c.published;
    // Calendar weeks, Monday to Sunday, as the curated data reads them (docs/data.md).
    const monday = addDays(p, 1 - isoWeekday(p));
    if (direction(g.q!) === 'past') {
      const [a, b] = [addDays(monday, -7), addDays(monday, -1)];
      return { date: range(a, b, true, `«${c.quote}» (last week) = the Monday-to-Sunday week before the week of the publication date ${p} → ${a} to ${b}.`) };
    }
    const [a, b] = [addDays(monday, 7), addDays(monday, 13)];
    return { date: range(a, b, true, `«${c.quote}» (next week) = the Monday-to-Sunday week after the week of the publication date ${p} → ${a} to ${b}.`) };
  }),
  // «خلال الشهرين الماضيين», «اليومين المقبلين»
  pattern(`(?:ال)?(?<u>${DUAL_UNIT_ALT})${S}(?<q>${DUAL_Q_ALT})`, (g, c) => lastOrNext(UNITS[g.u!]!, 2, DUAL_PAST.includes(g.q!), c)),
  // «الأشهر الثلاثة الماضية», «الأيام العشرة الأخيرة»
  pattern(`(?:ال)?(?<u>${PLURAL_UNIT_ALT})${S}(?:ال${S0})?(?<n>${NUM_ALT})${S}(?<q>${PLURAL_Q_ALT})`, (g, c) =>
    lastOrNext(UNITS[g.u!]!, countOf(g.n!), PLURAL_PAST.includes(g.q!), c),
  ),
  // «الثلاثة أشهر الماضية», «الـ 12 شهرا الماضية»
  pattern(`(?:ال${S0})?(?<n>${NUM_ALT})${S}(?:ال)?(?<u>${COUNTED_UNIT_ALT})${S}(?<q>${PLURAL_Q_ALT})`, (g, c) =>
    lastOrNext(UNITS[g.u!]!, countOf(g.n!), PLURAL_PAST.includes(g.q!), c),
  ),
  // «اليوم», «اليوم الأربعاء», «صباح اليوم», «أمس», «يوم أمس», «أمس الجمعة», «أول أمس», «غداً»
  pattern(
    `(?:(?<tod>${TOD_ALT})${S})?(?<rel>${alternation(['اليوم', 'يوم امس', 'امس الاول', 'اول من امس', 'اول امس', 'الامس', 'امس', 'البارحه', 'يوم الغد', 'الغد', 'غدا', 'بعد غد'])})(?!\\p{L})(?:${SEP}(?<wd>${WEEKDAY_ALT}))?`,
    (g, c) => {
      const rel = g.rel!.replace(new RegExp(WS_RE, 'gu'), ' ');
      if (rel === 'اليوم' && !g.tod) {
        if (OUTLET_BEFORE_TODAY.test(c.folded.slice(Math.max(0, c.fs - 24), c.fs))) return undefined; // «بغداد اليوم»
        if (!g.wd && NOT_TODAY_AFTER.test(c.folded.slice(c.fe, c.fe + 24))) return undefined; // «اليوم التالي»
      }
      // «غدا» is also the verb «became»: only with its tanween or a weekday is it «tomorrow».
      if (rel === 'غدا' && !g.wd && !c.raw.includes('\u064B')) return undefined;
      if (!c.published) return null;
      const [offset, gloss, rule] =
        rel === 'اليوم'
          ? [0, 'today', 'the publication date']
          : rel === 'امس الاول' || rel === 'اول من امس' || rel === 'اول امس'
            ? [-2, 'the day before yesterday', 'two days before the publication date']
            : rel === 'بعد غد'
              ? [2, 'the day after tomorrow', 'two days after the publication date']
              : rel === 'غدا' || rel === 'الغد' || rel === 'يوم الغد'
                ? [1, 'tomorrow', 'the day after the publication date']
                : [-1, 'yesterday', 'the day before the publication date'];
      const date = addDays(c.published, offset);
      const tod = g.tod ? TIMES_OF_DAY[g.tod.replace(new RegExp(WS_RE, 'gu'), ' ')] : undefined;
      const wd = g.wd ? weekdayOf(g.wd) : undefined;
      const glossAll = [tod ? (offset === 0 ? `${tod} today` : `${gloss} ${tod}`) : gloss, wd ? WEEKDAYS_EN[wd] : ''].filter(Boolean).join(', ');
      const base = offset === 0 ? `${rule} ${date}` : `${rule} ${c.published} → ${date}`;
      const check = wd ? weekdayCheck(date, wd).note : '';
      return { date: day(date, true, `«${c.quote}» (${glossAll}) = ${base}${check}.`) };
    },
  ),
  // «مساء الثلاثاء», «يوم الاثنين», «ليلة الخميس», «السبت», «الجمعة الماضية», «الأحد المقبل»
  pattern(`(?:(?<tod>${TOD_ALT})${S})?(?:يوم${S})?(?<wd>${WEEKDAY_ALT})(?:${S}(?<q>${QUAL_WD_ALT}))?`, (g, c) => {
    if (!c.published) return null;
    const p = c.published;
    const wd = weekdayOf(g.wd!);
    const name = WEEKDAYS_EN[wd]!;
    const tod = g.tod ? TIMES_OF_DAY[g.tod.replace(new RegExp(WS_RE, 'gu'), ' ')] : undefined;
    const back = (isoWeekday(p) - wd + 7) % 7;
    const dir = g.q ? direction(g.q) : undefined;
    let date: string;
    let gloss: string;
    let rule: string;
    if (dir === 'past') {
      date = addDays(p, -(back || 7));
      gloss = `last ${name}`;
      rule = `the most recent ${name} before the publication date`;
    } else if (dir === 'next') {
      date = addDays(p, (wd - isoWeekday(p) + 7) % 7 || 7);
      gloss = `next ${name}`;
      rule = `the first ${name} after the publication date`;
    } else {
      date = addDays(p, -back);
      gloss = name;
      rule = `the most recent ${name} on or before the publication date`;
    }
    if (tod) gloss = `${gloss} ${tod}`;
    return { date: day(date, true, `«${c.quote}» (${gloss}) = ${rule} ${p} (a ${weekdayName(p)}) → ${date}.`) };
  }),
];

function countOf(n: string): number {
  return /^\d+$/.test(n) ? Number(n) : NUMBER_WORDS[n]!;
}

const UNIT_EN: Record<Unit, [string, string]> = { day: ['day', 'days'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years'] };

/** The past (or next) N units: from N units before the publication date to it (or from it to N units after). */
function lastOrNext(unit: Unit, n: number, past: boolean, c: Ctx): Outcome {
  if (!c.published || n <= 0) return null;
  const p = c.published;
  const shift = (by: number) => (unit === 'day' ? addDays(p, by) : unit === 'week' ? addDays(p, 7 * by) : unit === 'month' ? addMonths(p, by) : addMonths(p, 12 * by));
  const units = `${n} ${UNIT_EN[unit][n === 1 ? 0 : 1]}`;
  if (past) {
    const a = shift(-n);
    return { date: range(a, p, true, `«${c.quote}» (the past ${units}) = from ${units} before the publication date to the publication date → ${a} to ${p}.`) };
  }
  const b = shift(n);
  return { date: range(p, b, true, `«${c.quote}» (the next ${units}) = from the publication date to ${units} after it → ${p} to ${b}.`) };
}

// ---------------------------------------------------------------------------------------------
// Scanning

interface Found extends DateMention {
  fs: number;
  fe: number;
  meta: Meta;
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();

const WEEK_OF_MONTH = new RegExp(
  `${BEFORE}${CLITIC}(?<m>(?:ال)?(?:(?<week>اسبوع)${S}(?<wn>الاول|الثاني|الثالث|الرابع|الاخير)|(?<half>نصف)${S}(?<hn>الاول|الثاني)))${S}من${S}$`,
  'du',
);
const WEEK_FIRST_DAY: Record<string, number> = { الاول: 1, الثاني: 8, الثالث: 15, الرابع: 22 };
const SINCE = new RegExp(`${BEFORE}[وف]?(?<m>منذ)${S}$`, 'du');

function scan(source: string, published: string | null, from: number, to: number): { folded: Folded; found: Found[] } {
  if (published !== null && !isIsoDate(published)) throw new RangeError(`published is not an ISO date (YYYY-MM-DD): ${JSON.stringify(published)}`);
  const lo = Math.max(0, Math.min(from, source.length));
  const hi = Math.max(lo, Math.min(to, source.length));
  const folded = fold(source, lo, hi);
  const ft = folded.text;
  const srcStart = (i: number) => folded.from[i]!;
  const srcEnd = (i: number) => folded.to[i - 1]!;

  interface Candidate {
    fs: number;
    fe: number;
    start: number;
    end: number;
    outcome: { date: ResolvedDate; meta?: Meta } | null;
  }
  const candidates: Candidate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const match of ft.matchAll(p.re)) {
      const [fs, fe] = match.indices!.groups!.m!;
      const start = srcStart(fs);
      const end = srcEnd(fe);
      const raw = source.slice(start, end);
      const groups: Groups = { ...match.groups };
      if (groups.mod) {
        // Quote the modifier as written.
        const [ms, me] = match.indices!.groups!.mod!;
        groups.modRaw = source.slice(srcStart(ms), srcEnd(me));
      }
      const outcome = p.resolve(groups, { published, quote: collapse(raw), folded: ft, fs, fe, raw });
      if (outcome !== undefined) candidates.push({ fs, fe, start, end, outcome });
    }
  }

  // Longest first (then earliest, then a resolved one before a blocking one); no overlaps.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || Number(b.outcome !== null) - Number(a.outcome !== null));
  const taken: Candidate[] = [];
  for (const c of candidates) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);

  const found: Found[] = taken
    .filter((c) => c.outcome !== null)
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, fs: c.fs, fe: c.fe, text: source.slice(c.start, c.end), date: c.outcome!.date, meta: c.outcome!.meta ?? { kind: 'other' } }));

  for (const m of found) {
    // «الأسبوع الأول من الشهر الجاري», «النصف الثاني من أيلول 2025»: part of a month.
    if (m.date.precision === 'month') {
      const w = WEEK_OF_MONTH.exec(ft.slice(Math.max(0, m.fs - 40), m.fs));
      if (w) {
        const base = Math.max(0, m.fs - 40);
        const [ws] = w.indices!.groups!.m!;
        const first = m.date.start;
        const last = Number(m.date.end.slice(8, 10));
        const which = w.groups!.week ? w.groups!.wn! : w.groups!.hn!;
        const [a, b] = w.groups!.week
          ? which === 'الاخير'
            ? [last - 6, last]
            : [WEEK_FIRST_DAY[which]!, WEEK_FIRST_DAY[which]! + 6]
          : which === 'الاول'
            ? [1, 15]
            : [16, last];
        const s = `${first.slice(0, 8)}${pad(a)}`;
        const e = `${first.slice(0, 8)}${pad(b)}`;
        m.start = srcStart(base + ws);
        m.fs = base + ws;
        m.text = source.slice(m.start, m.end);
        const part = w.groups!.week ? `days ${a}–${b}` : `the ${which === 'الاول' ? 'first' : 'second'} half, days ${a}–${b}`;
        m.date = range(s, e, m.date.inferred, `«${collapse(m.text)}» = ${part} of ${monthName(Number(first.slice(0, 4)), Number(first.slice(5, 7)))} → ${s} to ${e}; the month: ${m.date.basis}`);
      }
    }
    // «منذ X» (since X): from the start of X to the publication date.
    if (published !== null && m.date.start < published) {
      const base = Math.max(0, m.fs - 12);
      const s = SINCE.exec(ft.slice(base, m.fs));
      if (s) {
        const [ss] = s.indices!.groups!.m!;
        m.start = srcStart(base + ss);
        m.fs = base + ss;
        m.text = source.slice(m.start, m.end);
        m.date = range(m.date.start, published, true, `«${collapse(m.text)}» (since …) = from ${m.date.start} to the publication date ${published}; the start: ${m.date.basis}`);
      }
    }
  }
  return { folded, found };
}

/**
 * The date expressions in `text` (or in its range [from, to)), in text order and not overlapping
 * (where two overlap, the longer is taken). Relative ones are resolved against `published`
 * (YYYY-MM-DD) and left out when it is null. Throws a RangeError on a malformed `published`.
 */
export function findDates(text: string, published: string | null, from = 0, to = text.length): DateMention[] {
  return scan(text, published, from, to).found.map(({ start, end, text: t, date }) => ({ start, end, text: t, date }));
}

const WEEKDAY_BEFORE = new RegExp(`${BEFORE}${CLITIC}(?<m>(?:(?<today>اليوم)${SEP})?(?<wd>${WEEKDAY_ALT}))(?:${WS_CLASS}|[،,(\\[«"“'\\-–—])*$`, 'du');
const LABEL_BEFORE = new RegExp(`${BEFORE}(?<m>تاريخ${S}النشر|نشر${S}(?:في|بتاريخ)|بتاريخ${S}النشر)(?:${WS_CLASS}|[:：،,\\-–—])*(?:في${S})?$`, 'du');

/**
 * The publication date an article states: an explicit full date written next to a weekday that
 * agrees with it («اليوم الأربعاء، (2 تشرين الأول 2024)», «الأحد، ١٢ أكتوبر ٢٠٢٥»), or one labelled
 * as the publication date («نُشر في ٢٢/٠٩/٢٠٢٥», «تاريخ النشر: …»). Where several qualify, «اليوم»
 * with a weekday or a label beats a weekday alone, then the first in the text. Null when none does.
 */
/** «2/12/2026»: a date of digits whose day and month could be either way round. */
function ambiguousDigits(written: string): boolean {
  const m = /^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*\d{4}\s*$/.exec(written.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)));
  return !!m && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

/** How far into its line a weekday may start and still be a dateline's («بغداد - الخميس …»). */
const DATELINE_LEAD = 30;
/** A dateline line is short, and in the page's first characters. */
const DATELINE_LENGTH = 60;
const DATELINE_WITHIN = 600;
/** A time of day before the weekday makes it an event's time («مساء الخميس»), never a dateline. */
const TIME_OF_DAY = /(مساء|صباح|ليل|ليلة|فجر|ظهر|عصر|منتصف)[\s\u064B-\u065F]*$/;

export function inferPublication(text: string): { date: string; basis: string } | null {
  const { folded, found } = scan(text, null, 0, text.length);
  let best: { score: number; date: string; basis: string } | null = null;
  for (const m of found) {
    if (m.meta.kind !== 'explicit-day') continue;
    const date = m.date.start;
    const windowStart = Math.max(0, m.fs - 40);
    const before = folded.text.slice(windowStart, m.fs);
    let score = 0;
    let quoteStart = m.start;
    let why = '';
    if (m.meta.weekday) {
      if (!m.meta.weekday.agrees) continue;
      score += 1;
      why = `${dayName(date)} was a ${weekdayName(date)}, as written`;
    } else {
      const w = WEEKDAY_BEFORE.exec(before);
      if (w) {
        if (isoWeekday(date) !== weekdayOf(w.groups!.wd!)) continue;
        score += w.groups!.today ? 3 : 1;
        quoteStart = folded.from[windowStart + w.indices!.groups!.m![0]]!;
        why = `${dayName(date)} was a ${weekdayName(date)}, as written`;
      }
    }
    const label = LABEL_BEFORE.exec(before);
    if (label) {
      score += 2;
      quoteStart = Math.min(quoteStart, folded.from[windowStart + label.indices!.groups!.m![0]]!);
      why = why ? `labelled as the publication date; ${why}` : 'labelled as the publication date';
    }
    // A weekday and date inside a sentence («بدأت … مساء الخميس 21 أغسطس») date an event, not the page:
    // without «اليوم» they count only at the head of a line (a dateline: «بغداد - الخميس 14 …»).
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = text.indexOf('\n', m.end) < 0 ? text.length : text.indexOf('\n', m.end);
    if (score === 1 && !label && (quoteStart - lineStart > DATELINE_LEAD || TIME_OF_DAY.test(text.slice(lineStart, quoteStart)))) score = 0;
    // A full date alone on a short line near the top is the page's dateline («سياسة - 18 يناير 2026»).
    // Digits are read day first, as Arabic pages write them, except beside an AM/PM clock, the mark
    // of a month-first system («2/12/2026 3:00:16 AM»): then the date is asked for.
    if (score === 0 && !(ambiguousDigits(m.text) && /\b(AM|PM)\b/i.test(text.slice(lineStart, lineEnd))) && lineStart <= DATELINE_WITHIN && lineEnd - lineStart <= DATELINE_LENGTH && !/[.،]/.test(text.slice(lineStart, m.start))) {
      score = 1;
      quoteStart = lineStart;
      why = 'a dateline: a full date on a short line at the head of the page';
    }
    if (score === 0) continue;
    let quoteEnd = m.end;
    const opened = text.slice(quoteStart, m.start).includes('(');
    if (opened && text[quoteEnd] === ')') quoteEnd += 1;
    const basis = `Stated in the text: «${collapse(text.slice(quoteStart, quoteEnd))}» (${why}).`;
    if (!best || score > best.score) best = { score, date, basis };
  }
  return best && { date: best.date, basis: best.basis };
}
