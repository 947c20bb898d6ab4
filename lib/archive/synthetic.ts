/**
 * A large synthetic archive in data/'s shape, for benchmarks and tests that need far more than the
 * seed dataset's 5 articles and 39 events. Pure and deterministic: the same options give the same
 * archive, byte for byte once written (lib/archive/write.ts).
 *
 * The honest-data rules hold as for real data. The places are the real ones passed in; nothing here
 * invents a place or a coordinate. Every article says it is synthetic test material, in its outlet
 * and its masthead, and its actors are generic ("a supply convoy"), never a named party. Each quote
 * is a sentence of a story part (never furniture) and ends with a test reference (event serial /
 * source number) that no other sentence carries, so it occurs exactly once without searching for it.
 * Each date's basis names the words it rests on; a date worked out from «أمس» or «الماضي» is inferred.
 */
import { hash } from 'node:crypto';
import type { ArticleMeta, ArticlePart, Briefing, Dataset, DateClaim, EventKind, EventRecord, EventStatus, Place } from '@/lib/data/schema';
import { DAY_MS, fromUtcMs, toUtcMs } from '@/lib/time/date';

interface Bilingual {
  en: string;
  ar: string;
}
const b = (en: string, ar: string): Bilingual => ({ en, ar });

export const SYNTHETIC_OUTLET = b('Synthetic test outlet', 'مصدر اختباري مُصطنع');
const SECOND_OUTLET = b('Second synthetic test outlet', 'مصدر اختباري مُصطنع ثانٍ');
/** The window that article publication dates are spread over. */
const FIRST_DAY = toUtcMs('2023-10-01') / DAY_MS;
const LAST_DAY = toUtcMs('2026-09-30') / DAY_MS;
const PROGRESS_EVERY = 10_000;

// ---- A seeded random source (mulberry32, as lib/bench/synthetic.ts) ----

interface Random {
  next(): number;
  /** A whole number in [lo, hi]. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  /** `n` different items of `list`, in random order. */
  distinct<T>(list: readonly T[], n: number): T[];
  weighted<T>(table: readonly (readonly [T, number])[]): T;
}

function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[int(0, list.length - 1)]!,
    distinct(list, n) {
      const pool = [...list];
      for (let k = 0; k < n; k++) {
        const j = int(k, pool.length - 1);
        [pool[k], pool[j]] = [pool[j]!, pool[k]!];
      }
      return pool.slice(0, n);
    },
    weighted(table) {
      let r = next() * table.reduce((sum, [, w]) => sum + w, 0);
      for (const [value, w] of table) if ((r -= w) < 0) return value;
      return table[table.length - 1]![0];
    },
  };
}

// ---- Dates, as day numbers since 1970-01-01 (UTC), written the way Iraqi outlets write them ----

const MONTHS_AR = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A day's calendar fields, kept per day: an archive asks for the same few thousand days again and again. */
interface Day {
  iso: string;
  y: number;
  m: number;
  d: number;
  weekday: number;
}
const DAYS = new Map<number, Day>();
function calendar(day: number): Day {
  let known = DAYS.get(day);
  if (!known) {
    const t = new Date(day * DAY_MS);
    known = { iso: fromUtcMs(day * DAY_MS), y: t.getUTCFullYear(), m: t.getUTCMonth(), d: t.getUTCDate(), weekday: t.getUTCDay() };
    DAYS.set(day, known);
  }
  return known;
}
const isoOf = (day: number) => calendar(day).iso;
const weekdayAr = (day: number) => WEEKDAYS_AR[calendar(day).weekday]!;
const weekdayEn = (day: number) => WEEKDAYS_EN[calendar(day).weekday]!;
const arDate = (day: number) => `${calendar(day).d} ${MONTHS_AR[calendar(day).m]!} ${calendar(day).y}`;
const enDate = (day: number) => `${calendar(day).d} ${MONTHS_EN[calendar(day).m]!} ${calendar(day).y}`;
const dateline = (day: number) => `${weekdayAr(day)} ${arDate(day)}`;

/** A date claim with the words that state it in the text and their translation. */
interface When {
  claim: DateClaim;
  /** The claim's start and end as day numbers. */
  days: [number, number];
  ar: string;
  en: string;
}

function stated(start: number, end: number, precision: DateClaim['precision'], ar: string, en: string): When {
  return { claim: { start: isoOf(start), end: isoOf(end), precision, inferred: false, basis: `Stated in the text: «${ar}» (${en}).` }, days: [start, end], ar, en };
}

/** Words such as «أمس» resolved against the publication day of the story they appear in. */
function relative(start: number, end: number, precision: DateClaim['precision'], ar: string, en: string, published: number): When {
  const resolved = start === end ? isoOf(start) : `${isoOf(start)} – ${isoOf(end)}`;
  const basis = `«${ar}» (${en}) in a story published on ${weekdayEn(published)} ${isoOf(published)} → ${resolved}.`;
  return { claim: { start: isoOf(start), end: isoOf(end), precision, inferred: true, basis }, days: [start, end], ar, en };
}

/** The month `offset` months from the one holding `day`: its first and last days. */
function monthOf(day: number, offset: number): [number, number] {
  const { y, m } = calendar(day);
  return [Date.UTC(y, m + offset, 1) / DAY_MS, Date.UTC(y, m + offset + 1, 0) / DAY_MS];
}

/** A date written out in full, as a second report in another article repeats it. */
function absolute(start: number, end: number, precision: DateClaim['precision']): When {
  const { y, m } = calendar(start);
  if (precision === 'day') return stated(start, end, 'day', `يوم ${dateline(start)}`, `on ${weekdayEn(start)} ${enDate(start)}`);
  if (precision === 'month') return stated(start, end, 'month', `خلال شهر ${MONTHS_AR[m]!} ${y}`, `in ${MONTHS_EN[m]!} ${y}`);
  if (precision === 'year') return stated(start, end, 'year', `خلال عام ${y}`, `in ${y}`);
  return stated(start, end, 'range', `في الفترة من ${arDate(start)} إلى ${arDate(end)}`, `between ${enDate(start)} and ${enDate(end)}`);
}

const yearOf = (day: number, offset: number): [number, number] => {
  const y = calendar(day).y + offset;
  return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y, 11, 31) / DAY_MS];
};

/** When a past event happened, seen from a story of day `p`: mostly a day, some months, ranges and years. */
function pastWhen(rng: Random, p: number): When {
  const r = rng.next();
  if (r < 0.4) {
    const d = p - rng.int(0, 20);
    return absolute(d, d, 'day');
  }
  if (r < 0.5) return relative(p, p, 'day', `اليوم ${weekdayAr(p)}`, `today, ${weekdayEn(p)}`, p);
  if (r < 0.6) return relative(p - 1, p - 1, 'day', `أمس ${weekdayAr(p - 1)}`, `yesterday, ${weekdayEn(p - 1)}`, p);
  if (r < 0.7) {
    // Two to six days back is the latest such weekday before publication: «الاثنين الماضي».
    const d = p - rng.int(2, 6);
    return relative(d, d, 'day', `يوم ${weekdayAr(d)} الماضي`, `last ${weekdayEn(d)}`, p);
  }
  if (r < 0.85) return absolute(...monthOf(p, -rng.int(1, 6)), 'month');
  if (r < 0.95) {
    const end = p - rng.int(0, 10);
    return absolute(end - rng.int(1, 13), end, 'range');
  }
  return absolute(...yearOf(p, -1), 'year');
}

/** When a plan is due, seen from a story of day `p`: always after `p`, so no window closes before it is reported. */
function futureWhen(rng: Random, p: number): When {
  const r = rng.next();
  if (r < 0.4) {
    const d = p + rng.int(3, 300);
    return absolute(d, d, 'day');
  }
  if (r < 0.6) return absolute(...monthOf(p, rng.int(1, 12)), 'month');
  if (r < 0.75) return relative(...monthOf(p, 1), 'month', 'خلال الشهر المقبل', 'next month', p);
  if (r < 0.9) {
    const start = p + rng.int(3, 200);
    return absolute(start, start + rng.int(1, 30), 'range');
  }
  return absolute(...yearOf(p, 1), 'year');
}

// ---- Sentence templates: Arabic with its English translation ----

// About 45% movements once the denials (statements) are counted in.
const KINDS: [EventKind, number][] = [
  ['movement', 0.48], ['strike', 0.07], ['attack', 0.09], ['statement', 0.07], ['deadline', 0.06], ['posture', 0.07],
  ['withdrawal', 0.04], ['handover', 0.03], ['agreement', 0.03], ['exercise', 0.03], ['disarmament', 0.03],
];
const OPERATIONS: [EventStatus, number][] = [['reported', 0.4], ['confirmed', 0.3], ['claimed', 0.1], ['planned', 0.2]];
const STATUSES: Record<EventKind, [EventStatus, number][]> = {
  movement: [['reported', 0.38], ['confirmed', 0.14], ['claimed', 0.14], ['planned', 0.22], ['denied', 0.12]],
  withdrawal: [['reported', 0.4], ['confirmed', 0.2], ['claimed', 0.15], ['planned', 0.15], ['denied', 0.1]],
  strike: [['reported', 0.45], ['confirmed', 0.2], ['claimed', 0.25], ['denied', 0.1]],
  attack: [['reported', 0.45], ['confirmed', 0.2], ['claimed', 0.25], ['denied', 0.1]],
  deadline: [['planned', 1]],
  statement: [['confirmed', 0.6], ['reported', 0.4]],
  agreement: [['confirmed', 0.6], ['reported', 0.2], ['planned', 0.2]],
  posture: [['reported', 0.5], ['confirmed', 0.3], ['planned', 0.2]],
  handover: OPERATIONS,
  exercise: OPERATIONS,
  disarmament: OPERATIONS,
};

/** Who says it, by status; a plan's lead takes the verb in the future («من المقرر أن تنتقل»). */
const LEADS: Record<EventStatus, Bilingual[]> = {
  reported: [b('A security source said that', 'أفاد مصدر أمني بأن'), b('Field sources reported that', 'ذكرت مصادر ميدانية أن')],
  confirmed: [b('An official statement confirmed that', 'أكد بيان رسمي أن'), b('The authorities announced that', 'أعلنت الجهات الرسمية أن')],
  claimed: [b('An unverified social media account claimed that', 'زعم حساب غير موثق على مواقع التواصل أن'), b('A party that did not name itself claimed that', 'ادّعت جهة لم تكشف عن هويتها أن')],
  denied: [b('Unofficial sources claimed that', 'زعمت مصادر غير رسمية أن')],
  planned: [b('A military official announced that', 'أعلن مسؤول عسكري أنه من المقرر أن'), b('Informed sources said that', 'أفادت مصادر مطلعة بأنه من المقرر أن')],
};
const DENIER = b('An official spokesperson', 'متحدث رسمي');
const STATUS_WORDS: Record<EventStatus, string> = { reported: 'بحسب التقارير', confirmed: 'مؤكد', claimed: 'ادعاء', planned: 'مخطط له', denied: 'منفي' };

// Generic actors, all grammatically feminine in Arabic so one verb form fits each template.
const GROUND = [b('A supply convoy', 'قافلة إمداد'), b('Military units', 'وحدات عسكرية'), b('A joint force', 'قوة مشتركة'), b('Ground forces', 'قوات برية')];
const ACTORS: Record<EventKind, Bilingual[]> = {
  movement: GROUND,
  withdrawal: GROUND,
  handover: GROUND,
  exercise: GROUND,
  strike: [b('Unidentified warplanes', 'طائرات حربية مجهولة الهوية'), b('Attack helicopters', 'مروحيات قتالية')],
  attack: [b('Unidentified drones', 'طائرات مسيرة مجهولة'), b('An unnamed armed group', 'جهة مسلحة غير مسماة')],
  statement: [b('The competent official authority', 'الجهة الرسمية المختصة'), b('The local operations command', 'قيادة العمليات المحلية')],
  agreement: [b('The parties concerned', 'الأطراف المعنية')],
  deadline: [b('Foreign support units', 'وحدات الدعم الأجنبية')],
  posture: [b('The deployed forces', 'القوات المنتشرة'), b('Support units', 'وحدات الدعم')],
  disarmament: [b('A local armed group', 'جماعة مسلحة محلية')],
};

interface Slots {
  actor: Bilingual;
  future: boolean;
  place?: Bilingual;
  from?: Bilingual;
  via?: Bilingual;
  to?: Bilingual;
  count?: { n: number; unit: 'vehicles' | 'troops' };
}

/** [Arabic past, Arabic future, English past, English base, the rest of the clause]. */
const CLAUSES: Partial<Record<EventKind, (s: Slots) => [string, string, string, string, Bilingual]>> = {
  movement: (s) => ['انتقلت', 'تنتقل', 'moved', 'move', b(
    `from ${s.from!.en}${s.via ? ` via ${s.via.en}` : ''} to ${s.to!.en}`,
    `من ${s.from!.ar}${s.via ? ` عبر ${s.via.ar}` : ''} إلى ${s.to!.ar}`,
  )],
  withdrawal: (s) => ['انسحبت', 'تنسحب', 'withdrew', 'withdraw', b(`from ${s.place!.en}`, `من ${s.place!.ar}`)],
  strike: (s) => ['نفذت', 'تنفذ', 'carried out', 'carry out', b(`an air strike on armed positions in ${s.place!.en}`, `ضربة جوية على مواقع مسلحة في ${s.place!.ar}`)],
  attack: (s) => ['استهدفت', 'تستهدف', 'targeted', 'target', b(`a military site in ${s.place!.en}`, `موقعاً عسكرياً في ${s.place!.ar}`)],
  handover: (s) => ['سلّمت', 'تسلّم', 'handed over', 'hand over', b(`a military site in ${s.place!.en} to local forces`, `موقعاً عسكرياً في ${s.place!.ar} إلى القوات المحلية`)],
  statement: (s) => ['أصدرت', 'تصدر', 'issued', 'issue', b(`a statement on the security situation in ${s.place!.en}`, `بياناً بشأن الوضع الأمني في ${s.place!.ar}`)],
  agreement: (s) => ['وقّعت', 'توقّع', 'signed', 'sign', b(`an agreement on the presence of forces in ${s.place!.en}`, `اتفاقاً لتنظيم وجود القوات في ${s.place!.ar}`)],
  exercise: (s) => ['أجرت', 'تجري', 'held', 'hold', b(`field exercises in ${s.place!.en}`, `تدريبات ميدانية في ${s.place!.ar}`)],
  disarmament: (s) => ['سلّمت', 'تسلّم', 'handed in', 'hand in', b(`its heavy weapons in ${s.place!.en}`, `أسلحتها الثقيلة في ${s.place!.ar}`)],
};

/** The event as a clause: «قافلة إمداد انتقلت من … إلى …», or after «من المقرر أن», «تنتقل قافلة إمداد من …». */
function clause(kind: EventKind, s: Slots): Bilingual {
  const actor = s.count?.unit === 'vehicles' ? b(`${s.actor.en} of about ${s.count.n} vehicles`, `${s.actor.ar} تضم نحو ${s.count.n} آلية`) : s.actor;
  const who = b(actor.en.toLowerCase(), actor.ar);
  if (kind === 'deadline') {
    const subject = b(`the deadline for ${who.en} to stay in ${s.place!.en}`, `المهلة المحددة لبقاء ${who.ar} في ${s.place!.ar}`);
    return s.future ? b(`${subject.en} will expire`, `تنتهي ${subject.ar}`) : b(`${subject.en} expired`, `${subject.ar} انتهت`);
  }
  if (kind === 'posture') {
    const subject = b(`the strength of ${who.en} in ${s.place!.en}`, `عدد أفراد ${who.ar} في ${s.place!.ar}`);
    const size = b(`about ${s.count!.n} troops`, `نحو ${s.count!.n} جندي`);
    return s.future ? b(`${subject.en} will stand at ${size.en}`, `يبلغ ${subject.ar} ${size.ar}`) : b(`${subject.en} stood at ${size.en}`, `${subject.ar} بلغ ${size.ar}`);
  }
  const [past, future, enPast, enBase, rest] = CLAUSES[kind]!(s);
  return s.future ? b(`${who.en} will ${enBase} ${rest.en}`, `${future} ${who.ar} ${rest.ar}`) : b(`${who.en} ${enPast} ${rest.en}`, `${who.ar} ${past} ${rest.ar}`);
}

const HEADLINES: ((x: string, y: string) => string)[] = [
  (x, y) => `تحركات عسكرية بين ${x} و${y}`,
  (x) => `تطورات أمنية في ${x} ومحيطها`,
  (x) => `مصادر: نشاط ميداني متزايد قرب ${x}`,
  (x, y) => `ملف القوات في ${x} و${y}: ما الذي تغيّر؟`,
];
const HEADLINES_EN: ((x: string, y: string) => string)[] = [
  (x, y) => `Military movements between ${x} and ${y}`,
  (x) => `Security developments in and around ${x}`,
  (x) => `Sources: increasing field activity near ${x}`,
  (x, y) => `The forces in ${x} and ${y}: what has changed?`,
];
/** Background sentences: never quoted, never carrying a test reference. */
const FILLERS: ((x: string, y: string) => string)[] = [
  (x, y) => `وتشهد المنطقة الممتدة بين ${x} و${y} نشاطاً عسكرياً متزايداً منذ أشهر.`,
  (x) => `ويقول مراقبون إن الطرق المؤدية إلى ${x} باتت تخضع لإجراءات أمنية مشددة.`,
  () => 'ولم يتسنَّ التحقق من هذه المعلومات من مصدر مستقل.',
  (x) => `وتأتي هذه التطورات في ظل نقاشات مستمرة حول مستقبل انتشار القوات في ${x}.`,
  (x, y) => `وأشار المصدر إلى أن حركة المرور على الطريق بين ${x} و${y} عادت إلى طبيعتها.`,
  (x) => `ويُذكر أن ${x} شهدت خلال السنوات الماضية تحركات مماثلة.`,
  (x) => `ولم تصدر حتى الآن أي تعليقات من الجهات المعنية في ${x}.`,
  (x, y) => `وتتابع الجهات المحلية في ${x} و${y} الوضع عن كثب، وسط دعوات إلى التهدئة وضبط النفس.`,
];

// ---- The archive ----

export interface SyntheticOptions {
  /** The real places to name: the CLI passes data/places.json, tests the fixture's. */
  places: Place[];
  events: number;
  articles: number;
  seed: number;
  /** Called each time another 10,000 events have been drawn, with the count so far. */
  onProgress?: (events: number) => void;
}

/** One article while its events are drawn: its text is assembled once every quote in it is known. */
interface Plan {
  serial: number;
  day: number;
  title: Bilingual;
  appended?: { day: number; title: Bilingual };
  /** The quoted sentences of the main story and of the appended one. */
  main: string[];
  extra: string[];
  /** The latest reported or confirmed event of the main story: what a later claim contradicts. */
  lastFact?: string;
}

const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const serialOf = (i: number) => String(i).padStart(6, '0');
const reference = (i: number, source: number) => b(`(test reference ${serialOf(i)}/${source})`, `(المرجع الاختباري ${serialOf(i)}/${source})`);

/** The places an event touches, in route order. */
const placesOf = (e: EventRecord): string[] => (e.kind === 'movement' ? [e.from!, ...(e.via ?? []), e.to!] : [e.place!]);

/** A place as a story names it: its Arabic name, or now and then one of its Arabic aliases. */
const ARABIC_ALIASES = new WeakMap<Place, string[]>();
function placeWords(rng: Random, place: Place): Bilingual {
  let aliases = ARABIC_ALIASES.get(place);
  if (!aliases) ARABIC_ALIASES.set(place, (aliases = place.aliases.filter((a) => /[\u0600-\u06ff]/.test(a))));
  // «القائم / البوكمال» names the crossing pair on the map; a sentence names one side of it.
  const alias = aliases.length > 0 && (place.name.ar.includes('/') || rng.chance(0.3));
  return b(place.name.en, alias ? rng.pick(aliases) : place.name.ar);
}

/** A country holds the other places of its country code: no route runs from Baghdad to Iraq. */
const within = (x: Place, y: Place) => (x.kind === 'country' && y.country === x.country) || (y.kind === 'country' && x.country === y.country);

/** From, to and a possible via: three different places, none inside another unless the places allow no better. */
function route(rng: Random, places: readonly Place[]): [Place, Place, Place] {
  let draw = rng.distinct(places, 3) as [Place, Place, Place];
  for (let tries = 1; tries < 50 && (within(draw[0], draw[1]) || within(draw[0], draw[2]) || within(draw[1], draw[2])); tries++)
    draw = rng.distinct(places, 3) as [Place, Place, Place];
  return draw;
}

/** The first index of the ascending `days` holding a day ≥ `day`. */
function lowerBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Exactly `events` events over exactly `articles` articles naming the given places, valid under
 * readDataset's schema and cross-file rules. Throws a RangeError on counts it cannot honour.
 */
export function syntheticArchive({ places, events: eventCount, articles: articleCount, seed, onProgress }: SyntheticOptions): Dataset {
  if (!Number.isInteger(eventCount) || eventCount < 0) throw new RangeError(`events must be a whole number ≥ 0, not ${eventCount}`);
  if (!Number.isInteger(articleCount) || articleCount < 1) throw new RangeError(`articles must be a whole number ≥ 1, not ${articleCount}`);
  if (places.length < 3) throw new RangeError(`routes need at least 3 places, not ${places.length}`);
  const rng = random(seed);
  const headline = (): Bilingual => {
    const [x, y] = rng.distinct(places, 2).map((p) => placeWords(rng, p));
    const k = rng.int(0, HEADLINES.length - 1);
    return b(HEADLINES_EN[k]!(x!.en, y!.en), HEADLINES[k]!(x!.ar, y!.ar));
  };

  const plans: Plan[] = [];
  for (let serial = 0; serial < articleCount; serial++) {
    const day = rng.int(FIRST_DAY, LAST_DAY);
    // A quarter carry an older, unrelated story under «إقرأ أيضاً», as aggregator pages do.
    const appended = rng.chance(0.25) ? { appended: { day: Math.max(FIRST_DAY, day - rng.int(1, 90)), title: headline() } } : {};
    plans.push({ serial, day, title: headline(), ...appended, main: [], extra: [] });
  }
  // Articles by publication day: a second report is published after the event, or before a plan's window opens.
  const byDay = plans.map((p) => p.serial).sort((x, y) => plans[x]!.day - plans[y]!.day || x - y);
  const days = byDay.map((s) => plans[s]!.day);
  const otherArticle = (from: number, until: number, not: number): number | undefined => {
    const lo = lowerBound(days, from);
    const hi = lowerBound(days, until);
    if (hi - lo < 1 || (hi - lo === 1 && byDay[lo] === not)) return undefined;
    const k = rng.int(lo, hi - 1);
    return byDay[k] !== not ? byDay[k] : byDay[k === lo ? k + 1 : lo];
  };

  const events: EventRecord[] = [];
  const sourceArticles: number[][] = [];
  const lastPosture = new Map<string, string>();
  const emit = (event: EventRecord, articles: number[]) => {
    events.push(event);
    sourceArticles.push(articles);
    if (onProgress && events.length % PROGRESS_EVERY === 0) onProgress(events.length);
  };

  while (events.length < eventCount) {
    const i = events.length;
    const a = Math.floor((i * articleCount) / eventCount);
    const plan = plans[a]!;
    const kind = rng.weighted(KINDS);
    let status = rng.weighted(STATUSES[kind]);
    // A denied claim comes with its denial, two events: the last slot cannot hold one.
    if (status === 'denied' && i + 1 >= eventCount) status = 'claimed';
    // Plans stay in the main story, whose date is the article's: their window opens after it (rule 7).
    const appended = plan.appended && status !== 'planned' && rng.chance(0.35) ? plan.appended : undefined;
    const published = appended ? appended.day : plan.day;
    const sentences = appended ? plan.extra : plan.main;

    const slots: Slots = { actor: rng.pick(ACTORS[kind]), future: status === 'planned' };
    let where: Pick<EventRecord, 'from' | 'via' | 'to' | 'place'>;
    if (kind === 'movement') {
      const [from, to, via] = route(rng, places);
      const through = rng.chance(0.12);
      Object.assign(slots, { from: placeWords(rng, from), to: placeWords(rng, to) }, through ? { via: placeWords(rng, via) } : {});
      where = { from: from.id, ...(through ? { via: [via.id] } : {}), to: to.id };
      if (rng.chance(0.3)) slots.count = { n: rng.int(5, 60), unit: 'vehicles' };
    } else {
      const place = rng.pick(places);
      slots.place = placeWords(rng, place);
      where = { place: place.id };
      if (kind === 'posture') slots.count = { n: rng.int(2, 60) * 50, unit: 'troops' };
    }
    const claimDay = published - rng.int(0, 3);
    const when = status === 'planned' ? futureWhen(rng, published) : status === 'denied' ? absolute(claimDay, claimDay, 'day') : pastWhen(rng, published);
    const said = clause(kind, slots);
    const lead = rng.pick(LEADS[status]);
    const ref = reference(i, 1);
    const quote = `${lead.ar} ${said.ar} ${when.ar} ${ref.ar}`;
    sentences.push(quote);
    const sources: EventRecord['sources'] = [{ article: '', quote, translation: `${lead.en} ${said.en} ${when.en} ${ref.en}` }];
    const articles = [a];

    // A quarter have a second report, in another article and with the date written out in full.
    const second =
      status === 'denied' || !rng.chance(0.25)
        ? undefined
        : status === 'planned'
          ? otherArticle(plan.day, when.days[0], a)
          : otherArticle(when.days[1], LAST_DAY + 1, a);
    if (second !== undefined) {
      const again = absolute(...when.days, when.claim.precision);
      const lead2 = rng.pick(LEADS[status]);
      const ref2 = reference(i, 2);
      const quote2 = `وفي سياق متصل، ${lead2.ar} ${said.ar} ${again.ar} ${ref2.ar}`;
      plans[second]!.main.push(quote2);
      sources.push({ article: '', quote: quote2, translation: `In a related report, ${lowerFirst(lead2.en)} ${said.en} ${again.en} ${ref2.en}` });
      articles.push(second);
    }

    const id = `syn-${kind}-${serialOf(i)}`;
    const relations: EventRecord['relations'] = [];
    if (status === 'claimed' && plan.lastFact && rng.chance(0.4)) relations.push({ kind: 'contradicts', event: plan.lastFact });
    if (kind === 'posture') {
      const earlier = lastPosture.get(where.place!);
      if (earlier) relations.push({ kind: 'updates', event: earlier });
      lastPosture.set(where.place!, id);
    }
    if ((status === 'reported' || status === 'confirmed') && !appended) plan.lastFact = id;
    const strength = slots.count ? { strength: { count: slots.count.n, unit: slots.count.unit, approximate: true } } : {};
    const summary = b(upperFirst(said.en), said.ar);
    emit({ id, kind, status, actor: slots.actor, ...where, date: when.claim, summary, sources, relations, ...strength }, articles);

    if (status === 'denied') {
      // The denial: an official statement on the story's own day, quoted beside the claim it denies.
      const j = events.length;
      const today = relative(published, published, 'day', `اليوم ${weekdayAr(published)}`, `today, ${weekdayEn(published)}`, published);
      const ref3 = reference(j, 1);
      const denial = `ونفى ${DENIER.ar} ${today.ar} صحة ما تردد عن أن ${said.ar} ${ref3.ar}`;
      sentences.push(denial);
      const translation = `${DENIER.en} ${today.en} denied reports that ${said.en} ${ref3.en}`;
      emit(
        {
          id: `syn-statement-${serialOf(j)}`,
          kind: 'statement',
          status: 'confirmed',
          actor: DENIER,
          place: where.from ?? where.place!,
          date: today.claim,
          summary: b(`Official denial that ${said.en}`, `نفي رسمي لما تردد عن أن ${said.ar}`),
          sources: [{ article: '', quote: denial, translation }],
          relations: [{ kind: 'denies', event: id }],
        },
        [a],
      );
    }
  }

  const articles = plans.map((plan) => assemble(rng, plan, plans, places));
  events.forEach((e, k) => e.sources.forEach((s, n) => (s.article = articles[sourceArticles[k]![n]!]!.meta.id)));
  return { places, events, articles, briefings: events.length > 0 ? [sampleBriefing(events)] : [] };
}

/** Each quoted sentence its own paragraph, with filler paragraphs of 1–3 sentences shuffled in between. */
function paragraphs(rng: Random, quoted: readonly string[], filler: readonly string[]): string {
  const fill: string[] = [];
  for (let k = 0; k < filler.length; ) {
    const n = rng.int(1, 3);
    fill.push(filler.slice(k, k + n).join(' '));
    k += n;
  }
  const out: string[] = [];
  let q = 0;
  let f = 0;
  while (q < quoted.length || f < fill.length) {
    const quoteNext = rng.next() * (quoted.length - q + fill.length - f) < quoted.length - q;
    out.push(quoteNext ? `${quoted[q++]!}.` : fill[f++]!);
  }
  return out.map((p) => `${p}\n\n`).join('');
}

/** An article's text (2–10 KB, unless its quotes alone need more) and its metadata, its parts tiling the text. */
function assemble(rng: Random, plan: Plan, plans: readonly Plan[], places: readonly Place[]): { meta: ArticleMeta; text: string } {
  const name = () => placeWords(rng, rng.pick(places)).ar;
  const filler = () => rng.pick(FILLERS)(name(), name());
  const masthead = `${SYNTHETIC_OUTLET.ar} | مادة اختبارية مُصطنعة، ليست خبراً حقيقياً\n\n`;
  const head = `${plan.title.ar}\n\n${name()} - ${dateline(plan.day)}\n\n`;
  const appended = plan.appended
    ? `إقرأ أيضاً:\n\n${plan.appended.title.ar}\n\n${dateline(plan.appended.day)}\n\n${paragraphs(rng, plan.extra, [filler(), filler()])}`
    : '';
  const related = [0, 1, 2].map(() => `  • ${rng.pick(plans).title.ar}`).join('\n');
  const footer = `مقالات ذات صلة\n\n${related}\n\n© ${SYNTHETIC_OUTLET.ar}: كل ما في هذا الأرشيف مُولَّد للاختبار\n`;

  let budget = rng.int(2200, 9600) - utf8Bytes(masthead + head + appended + footer) - plan.main.reduce((n, s) => n + utf8Bytes(s) + 3, 0);
  const fill: string[] = [];
  while (budget > 0) {
    const sentence = filler();
    fill.push(sentence);
    budget -= utf8Bytes(sentence) + 1;
  }
  const main = head + paragraphs(rng, plan.main, fill);
  const text = masthead + main + appended + footer;

  const span = (id: string, kind: ArticlePart['kind'], start: number, length: number): ArticlePart => ({ id, kind, start, end: start + length });
  const parts = [span('furniture-1', 'furniture', 0, masthead.length), span('main-2', 'main', masthead.length, main.length)];
  if (plan.appended) {
    const basis = `Stated under the appended story's title: «${dateline(plan.appended.day)}».`;
    const published = { date: isoOf(plan.appended.day), precision: 'day' as const, inferred: false, basis };
    parts.push({ ...span('appended-3', 'appended', masthead.length + main.length, appended.length), title: plan.appended.title, outlet: SECOND_OUTLET, published });
  }
  parts.push(span(`furniture-${parts.length + 1}`, 'furniture', text.length - footer.length, footer.length));

  const encoded = Buffer.from(text, 'utf8');
  const sha256 = hash('sha256', encoded, 'hex');
  const meta: ArticleMeta = {
    id: `${String(plan.serial).padStart(3, '0')}_${sha256.slice(0, 16)}`,
    outlet: SYNTHETIC_OUTLET,
    title: plan.title,
    published: { date: isoOf(plan.day), precision: 'day', inferred: false, basis: `Stated in the date line: «${dateline(plan.day)}».` },
    sha256,
    bytes: encoded.length,
    parts,
  };
  return { meta, text };
}

/** One short briefing over the first events, so that briefings/ and its rule (8) are exercised too. */
function sampleBriefing(events: readonly EventRecord[]): Briefing {
  return {
    id: 'synthetic-sample',
    title: b('Synthetic sample briefing (test material)', 'إحاطة اختبارية مُصطنعة'),
    steps: events.slice(0, 3).map((e) => ({
      date: e.date.start === e.date.end ? { start: e.date.start } : { start: e.date.start, end: e.date.end },
      camera: { fit: placesOf(e), padding: 80 },
      highlight: { places: placesOf(e), events: [e.id] },
      caption: b(`${e.status.toUpperCase()}: ${e.summary.en}.`, `${STATUS_WORDS[e.status]}: ${e.summary.ar}.`),
      cites: [e.id],
    })),
  };
}
