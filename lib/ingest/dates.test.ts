import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '@/lib/testing/fixture';
import { findDates, inferPublication, type DateMention } from './dates';

const ARTICLES = path.join(FIXTURE_DIR, 'articles');
const article = (id: string) => readFileSync(path.join(ARTICLES, `${id}.txt`), 'utf8');
interface Meta {
  published: { date: string };
  parts: { id: string; kind: string; start: number; end: number; published?: { date: string; end?: string } }[];
}
const meta = (id: string) => JSON.parse(readFileSync(path.join(ARTICLES, `${id}.json`), 'utf8')) as Meta;
const IDS = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));

interface EventDate {
  start: string;
  end: string;
  precision: string;
  inferred: boolean;
  basis: string;
}
const EVENTS = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'events.json'), 'utf8')) as { id: string; date: EventDate }[];
const eventDate = (id: string) => {
  const e = EVENTS.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id} in data/events.json`);
  return e.date;
};

const A000 = '000_f32e547f1ff744d0';
const A001 = '001_37c9bb5fdf71ec70';
const A002 = '002_fd6a5358d70ec4e1';
const A003 = '003_de5a449507217197';
const A004 = '004_1f1f26cba22a6fd6';

/**
 * The mention of `expr` where it occurs inside `context` (a longer, unique stretch of the text):
 * it must start exactly there and be exactly `expr`.
 */
function mentionAt(text: string, mentions: readonly DateMention[], context: string, expr: string): DateMention {
  const c = text.indexOf(context);
  expect(c, `context «${context}» is in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(context, c + 1), `context «${context}» is unique`).toBe(-1);
  const start = c + context.indexOf(expr);
  const m = mentions.find((x) => x.start === start);
  expect(m, `a mention at «${expr}» in «${context}»`).toBeDefined();
  expect(m!.text).toBe(expr);
  return m!;
}

const claim = (m: DateMention) => ({ start: m.date.start, end: m.date.end, precision: m.date.precision, inferred: m.date.inferred });
const claimOf = (d: EventDate) => ({ start: d.start, end: d.end, precision: d.precision, inferred: d.inferred });

describe('findDates: every mention is an exact, ordered, non-overlapping slice', () => {
  it.each(IDS)('%s, with and without its publication date, whole and part by part', (id) => {
    const text = article(id);
    const m = meta(id);
    const runs: DateMention[][] = [findDates(text, m.published.date), findDates(text, null)];
    for (const part of m.parts) runs.push(findDates(text, part.published?.date ?? m.published.date, part.start, part.end));
    expect(runs[0]!.length).toBeGreaterThan(0);
    expect(runs[1]!.length).toBeGreaterThan(0);
    for (const mentions of runs) {
      for (const [i, mention] of mentions.entries()) {
        expect(mention.text).toBe(text.slice(mention.start, mention.end));
        expect(mention.text).toBe(mention.text.trim());
        if (i > 0) expect(mention.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
        const d = mention.date;
        expect(d.basis).toContain('«');
        expect(d.start <= d.end).toBe(true);
        if (d.precision === 'day') expect(d.end).toBe(d.start);
        if (d.precision === 'range') expect(d.start < d.end).toBe(true);
        if (d.precision === 'month') expect([d.start.slice(8), d.end.slice(0, 7)]).toEqual(['01', d.start.slice(0, 7)]);
        if (d.precision === 'year') expect([d.start.slice(4), d.end]).toEqual(['-01-01', `${d.start.slice(0, 4)}-12-31`]);
      }
    }
    // Part by part, every mention lies inside its part.
    for (const part of m.parts)
      for (const mention of findDates(text, m.published.date, part.start, part.end)) {
        expect(mention.start).toBeGreaterThanOrEqual(part.start);
        expect(mention.end).toBeLessThanOrEqual(part.end);
      }
  });
});

describe('explicit dates', () => {
  it('reads «(2 تشرين الأول 2024)» in 000 as 2 October 2024, stated, without the brackets', () => {
    const text = article(A000);
    const m = mentionAt(text, findDates(text, null), '(2 تشرين الأول 2024)', '2 تشرين الأول 2024');
    expect(claim(m)).toEqual({ start: '2024-10-02', end: '2024-10-02', precision: 'day', inferred: false });
    expect(text[m.start - 1]).toBe('(');
    expect(text[m.end]).toBe(')');
    expect(m.date.basis).toBe('«2 تشرين الأول 2024» = 2 October 2024, as written.');
  });

  it('reads «نهاية أيلول 2025» in 000 as September 2025, saying what «نهاية» does', () => {
    const text = article(A000);
    const m = mentionAt(text, findDates(text, null), 'أقصاه نهاية أيلول 2025 ،', 'نهاية أيلول 2025');
    expect(claim(m)).toEqual({ start: '2025-09-01', end: '2025-09-30', precision: 'month', inferred: false });
    expect(m.date.basis).toContain('«نهاية» (end)');
  });

  it('reads «سبتمبر 2026» in the headline of 001, and «سبتمبر عام ٢٠٢٥» with Arabic-Indic digits and «عام»', () => {
    const text = article(A001);
    const mentions = findDates(text, null);
    const head = mentionAt(text, mentions, 'حتى سبتمبر 2026..', 'سبتمبر 2026');
    expect(claim(head)).toEqual({ start: '2026-09-01', end: '2026-09-30', precision: 'month', inferred: false });
    const y2025 = mentionAt(text, mentions, 'بحلول سبتمبر عام ٢٠٢٥.', 'سبتمبر عام ٢٠٢٥');
    expect(claim(y2025)).toEqual({ start: '2025-09-01', end: '2025-09-30', precision: 'month', inferred: false });
  });

  it('reads «27 سبتمبر 2024» in 003, written with a no-break space and a space, as a day', () => {
    const text = article(A003);
    const m = mentionAt(text, findDates(text, null), 'الصادر في 27 سبتمبر\u00A0 2024', '27 سبتمبر\u00A0 2024');
    expect(claim(m)).toEqual({ start: '2024-09-27', end: '2024-09-27', precision: 'day', inferred: false });
  });

  it('reads «شهر أيلول 2025» and the dual «أيلول/سبتمبر ٢٠٢٦»', () => {
    const text = article(A004);
    const m = mentionAt(text, findDates(text, null), 'في شهر أيلول 2025،', 'شهر أيلول 2025');
    expect(claim(m)).toEqual({ start: '2025-09-01', end: '2025-09-30', precision: 'month', inferred: false });
    const dual = findDates('وينص الاتفاق على إنهاء وجود قوات التحالف في اربيل بحلول أيلول/سبتمبر ٢٠٢٦.', null);
    expect(dual.map((d) => [d.text, d.date.start, d.date.precision])).toEqual([['أيلول/سبتمبر ٢٠٢٦', '2026-09-01', 'month']]);
    expect(dual[0]!.date.basis).toContain('both names are September');
  });

  it('reads Arabic-Indic digits and the unhamzated month spellings (000 rewritten)', () => {
    const forms = ['٢ أكتوبر ٢٠٢٤', '2 اكتوبر 2024', '2 أكتوبر 2024', '٢ تشرين الأول ٢٠٢٤', '2 تشرين اول 2024', '۲ أكتوبر ۲۰۲۴'];
    for (const form of forms) {
      const text = `كشف مصدر أمني مطلع، اليوم الأربعاء، (${form})، عن دخول رتل أمريكي من سوريا عبر معبر الوليد إلى محافظة الأنبار.`;
      const dates = findDates(text, null);
      expect(dates.map((d) => d.text)).toEqual([form]);
      expect(claim(dates[0]!)).toEqual({ start: '2024-10-02', end: '2024-10-02', precision: 'day', inferred: false });
    }
  });

  it('takes an attached و/ب/في/من off the front of the mention, and folds hamza and alef forms', () => {
    const cases: [string, string, string][] = [
      ['وأيلول 2025', 'أيلول 2025', '2025-09-01'],
      ['بأيلول 2025', 'أيلول 2025', '2025-09-01'],
      ['و2 تشرين الأول 2024', '2 تشرين الأول 2024', '2024-10-02'],
      ['منسبتمبر 2025', 'سبتمبر 2025', '2025-09-01'],
      ['إبريل 2024', 'إبريل 2024', '2024-04-01'],
      ['ابريل 2024', 'ابريل 2024', '2024-04-01'],
      ['اذار 2024', 'اذار 2024', '2024-03-01'],
      ['آذار 2024', 'آذار 2024', '2024-03-01'],
      ['يونيه 2024', 'يونيه 2024', '2024-06-01'],
      ['اغسطس 2024', 'اغسطس 2024', '2024-08-01'],
      ['كانون الثاني / يناير 2025', 'كانون الثاني / يناير 2025', '2025-01-01'],
      ['أكتوبر (تشرين الأول) 2023', 'أكتوبر (تشرين الأول) 2023', '2023-10-01'],
      ['أوائل أيلول 2025', 'أوائل أيلول 2025', '2025-09-01'],
    ];
    for (const [written, text, start] of cases) {
      const found = findDates(`قال المصدر ${written} إن`, null);
      expect(found.map((d) => [d.text, d.date.start]), written).toEqual([[text, start]]);
    }
  });

  it('rejects impossible calendar dates, and takes nothing shorter inside them', () => {
    expect(findDates('وكانت بغداد وواشنطن قد أعلنتا في 31 شباط 2025 عن إنهاء مهمة التحالف', null)).toEqual([]);
    expect(findDates('في 30 شباط 2024', '2024-03-05')).toEqual([]);
    expect(findDates('في 29 شباط 2025', null)).toEqual([]);
    expect(findDates('في 31/02/2025', null)).toEqual([]);
    expect(findDates('في 29 شباط 2024', null).map((d) => d.date.start)).toEqual(['2024-02-29']);
    // Two names for two different months are not a date either.
    expect(findDates('في أيلول/أكتوبر 2025', null)).toEqual([]);
  });

  it('reads «عام 2014» and «العام 2014» as years, and numeric datelines day first', () => {
    const t3 = article(A003);
    const y = mentionAt(t3, findDates(t3, null), 'في العام 2014', 'العام 2014');
    expect(claim(y)).toEqual({ start: '2014-01-01', end: '2014-12-31', precision: 'year', inferred: false });
    const n = findDates('نُشر في ٢٢/٠٩/٢٠٢٥ الساعة ١٤:٣٠', null);
    expect(n.map((d) => [d.text, d.date.start])).toEqual([['٢٢/٠٩/٢٠٢٥', '2025-09-22']]);
  });

  it('leaves a day and month without a year unresolved, and does not take the weekday before it (002 footer)', () => {
    const text = article(A002);
    const footer = meta(A002).parts.find((p) => p.kind === 'furniture')!;
    expect(text.slice(footer.start, footer.end)).toContain('الأربعاء ,22 كانون الثاني / يناير');
    expect(findDates(text, '2024-01-24', footer.start, footer.end)).toEqual([]);
  });
});

describe('relative dates, against the publication date', () => {
  it('resolves «اليوم الأربعاء» in 000 to 2 October 2024 and says the weekday agrees', () => {
    const text = article(A000);
    const m = mentionAt(text, findDates(text, '2024-10-02'), 'اليوم الأربعاء، (2', 'اليوم الأربعاء');
    expect(claim(m)).toEqual({ start: '2024-10-02', end: '2024-10-02', precision: 'day', inferred: true });
    expect(m.date.basis).toBe('«اليوم الأربعاء» (today, Wednesday) = the publication date 2024-10-02, a Wednesday as the text says.');
  });

  it('says so when «اليوم الأربعاء» does not agree with the publication date', () => {
    const text = article(A000);
    const m = mentionAt(text, findDates(text, '2024-10-03'), 'اليوم الأربعاء، (2', 'اليوم الأربعاء');
    expect(m.date.start).toBe('2024-10-03');
    expect(m.date.basis).toContain('that is a Thursday, not the Wednesday the text gives — check');
  });

  it('does not read «اليوم» in the outlet name «بغداد اليوم» (000)', () => {
    const text = article(A000);
    const mentions = findDates(text, '2024-10-02');
    // «بغداد اليوم» three times (dateline, attribution, source line); «اليوم» as a date once more.
    expect(text.split('بغداد اليوم').length - 1).toBe(3);
    const today = mentions.filter((m) => m.text === 'اليوم');
    expect(today).toHaveLength(1);
    expect(today[0]).toBe(mentionAt(text, mentions, 'دخل اليوم من معبر', 'اليوم'));
  });

  it('resolves «مساء الثلاثاء» in 002 (Wednesday 24 Jan 2024) to 23 Jan 2024', () => {
    const text = article(A002);
    const m = mentionAt(text, findDates(text, '2024-01-24'), 'مساء الثلاثاء، تعرضت', 'مساء الثلاثاء');
    expect(claim(m)).toEqual({ start: '2024-01-23', end: '2024-01-23', precision: 'day', inferred: true });
    expect(m.date.basis).toContain('(Tuesday evening)');
    expect(m.date.basis).toContain('the most recent Tuesday on or before the publication date 2024-01-24');
  });

  it('resolves «سبتمبر المقبل» (003) and «أيلول/ سبتمبر المقبل» (004) to September 2025', () => {
    const t3 = article(A003);
    const a = mentionAt(t3, findDates(t3, '2025-08-30'), 'في سبتمبر المقبل تنفيذا', 'سبتمبر المقبل');
    expect(claim(a)).toEqual({ start: '2025-09-01', end: '2025-09-30', precision: 'month', inferred: true });
    const t4 = article(A004);
    const b = mentionAt(t4, findDates(t4, '2025-08-18'), 'بحلول أيلول/ سبتمبر المقبل', 'أيلول/ سبتمبر المقبل');
    expect(claim(b)).toEqual({ start: '2025-09-01', end: '2025-09-30', precision: 'month', inferred: true });
    // In September itself, «سبتمبر المقبل» is the next year's.
    expect(findDates('في سبتمبر المقبل', '2025-09-10')[0]!.date.start).toBe('2026-09-01');
  });

  it('resolves «خلال الشهرين الماضيين» (001) to the two months up to the publication date', () => {
    const text = article(A001);
    const m = mentionAt(text, findDates(text, '2024-10-26'), 'خلال الشهرين الماضيين', 'الشهرين الماضيين');
    expect(claim(m)).toEqual({ start: '2024-08-26', end: '2024-10-26', precision: 'range', inferred: true });
  });

  it('resolves «الأشهر الثلاثة الماضية» and its other word orders, clamping to short months', () => {
    for (const phrase of ['الأشهر الثلاثة الماضية', 'الثلاثة أشهر الماضية', 'الـ 3 أشهر الماضية']) {
      const found = findDates(`وتعرضت القواعد لهجمات خلال ${phrase}.`, '2024-05-31');
      expect(found.map((d) => [d.text, d.date.start, d.date.end, d.date.precision]), phrase).toEqual([[phrase, '2024-02-29', '2024-05-31', 'range']]);
    }
  });

  it('resolves «الأسبوع الماضى» (001) as the calendar week before, as the curated data does', () => {
    const text = article(A001);
    const m = mentionAt(text, findDates(text, '2024-10-26'), 'فى الأسبوع الماضى وصلت', 'الأسبوع الماضى');
    expect(claim(m)).toEqual({ start: '2024-10-14', end: '2024-10-20', precision: 'range', inferred: true });
    expect(m.date.basis).toContain('Monday-to-Sunday week before');
    expect(claimOf(eventDate('militia-drone-reaches-golan-2024-10'))).toEqual(claim(m));
  });

  it('resolves the month and year words', () => {
    const p = '2024-10-26';
    const cases: [string, string, string, string][] = [
      ['الشهر الماضي', '2024-09-01', '2024-09-30', 'month'],
      ['الشهر المقبل', '2024-11-01', '2024-11-30', 'month'],
      ['الشهر الجاري', '2024-10-01', '2024-10-31', 'month'],
      ['هذا الشهر', '2024-10-01', '2024-10-31', 'month'],
      ['العام المقبل', '2025-01-01', '2025-12-31', 'year'],
      ['العام الماضي', '2023-01-01', '2023-12-31', 'year'],
      ['السنة الماضية', '2023-01-01', '2023-12-31', 'year'],
      ['أيلول المقبل', '2025-09-01', '2025-09-30', 'month'],
      ['أكتوبر الماضي', '2023-10-01', '2023-10-31', 'month'],
      ['الأحد المقبل', '2024-10-27', '2024-10-27', 'day'],
      ['أمس', '2024-10-25', '2024-10-25', 'day'],
      ['امس', '2024-10-25', '2024-10-25', 'day'],
      ['بالأمس', '2024-10-25', '2024-10-25', 'day'],
      ['أول أمس', '2024-10-24', '2024-10-24', 'day'],
      ['ليلة الخميس', '2024-10-24', '2024-10-24', 'day'],
      // Words with ئ and ة, which fold to ي and ه.
      ['الأسبوع الفائت', '2024-10-14', '2024-10-20', 'range'],
      ['السنة الفائتة', '2023-01-01', '2023-12-31', 'year'],
      ['الأشهر الثلاثة الأخيرة', '2024-07-26', '2024-10-26', 'range'],
      ['مطلع الشهر المقبل', '2024-11-01', '2024-11-30', 'month'],
    ];
    for (const [phrase, start, end, precision] of cases) {
      const found = findDates(`وقال المسؤول إن القوات ستغادر ${phrase} بحسب المصدر`, p);
      const expected = phrase === 'بالأمس' ? 'الأمس' : phrase;
      expect(found.map((d) => [d.text, d.date.start, d.date.end, d.date.precision, d.date.inferred]), phrase).toEqual([[expected, start, end, precision, true]]);
    }
  });

  it('resolves the part of the month in «الأسبوع الأول من الشهر الجاري» (001)', () => {
    const text = article(A001);
    const m = mentionAt(text, findDates(text, '2024-10-26'), 'وفى الأسبوع الأول من الشهر الجاري،', 'الأسبوع الأول من الشهر الجاري');
    expect(claim(m)).toEqual({ start: '2024-10-01', end: '2024-10-07', precision: 'range', inferred: true });
  });

  it('resolves a weekday in an appended story against that story’s date (001, «الأربعاء» with posts of 20 Dec 2024)', () => {
    const text = article(A001);
    const part = meta(A001).parts.find((p) => p.kind === 'appended')!;
    const found = findDates(text, '2024-12-20', part.start, part.end);
    // The weekday, and the English dates of the embedded posts the story's date comes from.
    expect(found.map((d) => [d.text, d.date.start])).toContainEqual(['الأربعاء', '2024-12-18']);
    expect(found.filter((d) => !d.date.inferred).map((d) => d.date.start)).toContain('2024-12-20');
    expect(claim(found.find((d) => d.text === 'الأربعاء')!)).toEqual(claimOf(eventDate('syrian-crossing-staff-returned-2024-12-18')));
  });

  it('leaves every relative expression out when the publication date is unknown', () => {
    const text = article(A000);
    expect(findDates(text, null).map((d) => d.text)).toEqual(['2 تشرين الأول 2024', 'نهاية أيلول 2025']);
    for (const id of IDS) {
      const withDate = findDates(article(id), meta(id).published.date);
      const without = findDates(article(id), null);
      expect(without.every((d) => !d.date.inferred), id).toBe(true);
      expect(without).toEqual(withDate.filter((d) => !d.date.inferred));
    }
  });

  it('refuses a malformed publication date', () => {
    expect(() => findDates('اليوم', '2024-02-30')).toThrow(RangeError);
    expect(() => findDates('اليوم', '24/01/2024')).toThrow(RangeError);
  });
});

describe('agreement with the dates a person resolved in data/events.json', () => {
  // [article, publication date, unique context, expression, event whose date it gives]
  const SAME: [string, string, string, string, string][] = [
    [A000, '2024-10-02', '(2 تشرين الأول 2024)', '2 تشرين الأول 2024', 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02'],
    [A000, '2024-10-02', 'منذ يوم أمس بشكل', 'منذ يوم أمس', 'us-drones-over-western-anbar-2024-10'],
    [A000, '2024-10-02', 'أقصاه نهاية أيلول 2025', 'نهاية أيلول 2025', 'deadline-coalition-mission-iraq-2025-09'],
    [A001, '2024-10-26', 'بحلول سبتمبر عام ٢٠٢٥', 'سبتمبر عام ٢٠٢٥', 'deadline-coalition-mission-iraq-2025-09'],
    [A001, '2024-10-26', 'حتى سبتمبر ٢٠٢٦ على الأقل', 'سبتمبر ٢٠٢٦', 'us-mission-syria-from-iraq-until-2026-09'],
    [A001, '2024-10-26', 'فى ١١ أكتوبر الجارى', '١١ أكتوبر الجارى', 'centcom-strikes-isis-camps-syria-2024-10-11'],
    [A001, '2024-10-26', 'فى أبريل الماضي،', 'أبريل الماضي', 'syria-demands-us-withdrawal-2024-04'],
    [A001, '2024-10-26', 'الأحد الماضى عند', 'الأحد الماضى', 'syria-russia-drills-quneitra-2024-10-20'],
    [A002, '2024-01-24', 'باليستية، السبت أيضا', 'السبت', 'ain-al-asad-ballistic-missiles-2024-01-20'],
    [A002, '2024-01-24', 'مساء الثلاثاء، تعرضت', 'مساء الثلاثاء', 'ain-al-asad-drone-attack-2024-01-23'],
    [A002, '2024-01-24', 'فؤاد حسين اليوم الأربعاء', 'اليوم الأربعاء', 'us-iraq-talks-letter-2024-01-24'],
    [A002, '2024-01-24', 'في وقت سابق اليوم،', 'اليوم', 'iraq-condemns-us-strikes-2024-01-24'],
    [A003, '2025-08-30', 'في 27 سبتمبر\u00A0 2024', '27 سبتمبر\u00A0 2024', 'joint-statement-end-coalition-mission-2024-09-27'],
    [A003, '2025-08-30', 'حتي سبتمبر 2026', 'سبتمبر 2026', 'deadline-coalition-kurdistan-2026-09'],
    [A003, '2025-08-30', 'تنسحب اليوم السبت', 'اليوم السبت', 'claimed-withdrawal-baghdad-to-erbil-2025-08-16'],
    [A004, '2025-08-18', 'يوم الاثنين، بانطلاق', 'يوم الاثنين', 'us-convoy-leaves-ain-al-asad-toward-syria-2025-08-18'],
    [A004, '2025-08-18', 'في وقت سابق، اليوم كشف', 'اليوم', 'us-embassy-civil-partnership-2025-08-18'],
    [A004, '2025-08-18', 'في شهر أيلول 2025،', 'شهر أيلول 2025', 'planned-ain-al-asad-to-erbil-2025-09'],
    [A004, '2025-08-18', 'في أيلول 2026،', 'أيلول 2026', 'deadline-coalition-kurdistan-2026-09'],
  ];
  it.each(SAME)('%s (%s): «%s» → %s', (id, published, context, expr, event) => {
    const text = article(id);
    expect(published).toBe(meta(id).published.date);
    const m = mentionAt(text, findDates(text, published), context, expr);
    expect(claim(m)).toEqual(claimOf(eventDate(event)));
  });

  it('reads a quoted statement’s «اليوم» (003) as the article’s day; the person dated the statement a day earlier from outside evidence', () => {
    const text = article(A003);
    const m = mentionAt(text, findDates(text, '2025-08-30'), 'ابتداءً من اليوم', 'اليوم');
    expect(claim(m)).toEqual({ start: '2025-08-30', end: '2025-08-30', precision: 'day', inferred: true });
    expect(eventDate('us-embassy-denies-full-baghdad-exit-2025-08-16')).toMatchObject({ start: '2025-08-29', end: '2025-08-29', inferred: true });
  });

  it('«الجمعة الماضية» (000) falls on the day of the joint statement that 003 dates explicitly', () => {
    const text = article(A000);
    const m = mentionAt(text, findDates(text, '2024-10-02'), 'الجمعة الماضية،', 'الجمعة الماضية');
    const statement = eventDate('joint-statement-end-coalition-mission-2024-09-27');
    expect([m.date.start, m.date.end, m.date.precision]).toEqual([statement.start, statement.end, 'day']);
    expect(m.date.inferred).toBe(true);
    expect(m.date.basis).toContain('the most recent Friday before the publication date 2024-10-02');
  });
});

describe('inferPublication', () => {
  it('finds «اليوم الأربعاء، (2 تشرين الأول 2024)» in 000, the date its metadata records', () => {
    const found = inferPublication(article(A000));
    expect(found?.date).toBe('2024-10-02');
    expect(found?.date).toBe(meta(A000).published.date);
    expect(found?.basis).toContain('«اليوم الأربعاء، (2 تشرين الأول 2024)»');
    expect(found?.basis).toContain('Wednesday');
  });

  it('finds 001’s date in its English dateline, and nothing in 002–004 (002’s footer has no year after it)', () => {
    expect(inferPublication(article(A001))?.date).toBe(meta(A001).published.date);
    for (const id of [A002, A003, A004]) expect(inferPublication(article(id)), id).toBeNull();
  });

  it('does not take a date whose weekday disagrees', () => {
    expect(inferPublication('كشف مصدر أمني مطلع، اليوم الخميس، (2 تشرين الأول 2024)، عن دخول رتل')).toBeNull();
    expect(inferPublication('كشف مصدر أمني مطلع، (2 تشرين الأول 2024)، عن دخول رتل')).toBeNull();
  });

  it('takes a weekday written inside the dateline, and a date labelled as the publication date', () => {
    expect(inferPublication('بغداد - الخميس 14 تشرين الثاني 2024\n\nأفاد مصدر')?.date).toBe('2024-11-14');
    expect(inferPublication('تاريخ النشر: الأحد، ١٢ أكتوبر ٢٠٢٥ - ١١:٤٠ ص')?.date).toBe('2025-10-12');
    expect(inferPublication('نُشر في ٢٢/٠٩/٢٠٢٥ الساعة ١٤:٣٠')?.date).toBe('2025-09-22');
  });

  it('takes a dateline, never a weekday and date inside a sentence, and asks when digits beside an AM/PM clock could be read either way', () => {
    expect(inferPublication('خبر\n\nسياسة - 18 يناير 2026\n\nأكدت وزارة الدفاع')?.date).toBe('2026-01-18');
    expect(inferPublication('خبر\n\nبدأت القوات الأمريكية مساء الخميس 21 أغسطس 2025 انسحابها من القاعدة.')).toBeNull();
    expect(inferPublication('إيلاف - 2/12/2026 3:00:16 AM\n\nغادرت القوات')).toBeNull();
    expect(inferPublication('إيلاف - 22/12/2025\n\nغادرت القوات')?.date).toBe('2025-12-22');
    expect(inferPublication('مصراوي - 02/03/2026\n\nغادرت القوات')?.date).toBe('2026-03-02');
  });
});
