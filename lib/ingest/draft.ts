/**
 * Draft events from a new Arabic article, for a person to review: each from one sentence of a story
 * (never of page furniture) that pairs a movement, strike, attack or handover term with places the
 * gazetteer knows. The quote is that sentence, a byte-exact substring of the stored text; the date
 * is one the sentence states or implies, resolved against the publication date and marked with its
 * precision and basis; the status follows the wording (a future or intention → planned, an
 * attribution → claimed, a denial → a statement that denies the claim it matches). Each draft says
 * which rule made it and how sure the rule is.
 */
import type { DateClaim, EventKind, EventStatus, GeoPrecision, Place } from '@/lib/data/schema';
import { eventPlaceIds } from '@/lib/events/places';
import { sentences } from '@/lib/search/search';
import { foldText } from '@/lib/search/normalize';
import { findDates, type DateMention } from './dates';
import { splitParts, type PartRange } from './parts';
import { DIRECTIONS, findPlaces, gazetteer, type Gazetteer, type PlaceMention, type UnresolvedPlace } from './places';

export interface DraftEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  place?: string;
  from?: string;
  via?: string[];
  to?: string;
  date: DateClaim;
  quote: string;
  /** Where the quote is in the text: [start, end). */
  at: [number, number];
  /** The index of the draft this one denies, if it is a denial. */
  denies?: number;
  /** The geo precision of each place it names (1 the place, 2 near it, 3 only the region). */
  geoPrecision: { place?: GeoPrecision; from?: GeoPrecision; to?: GeoPrecision };
  confidence: number;
  rule: string;
}

/** A place the events name that the dataset does not hold yet: proposed for the reviewer to accept with them. */
export interface ProposedPlace {
  place: Place;
  /** Where it comes from and how the text's name was settled. */
  basis: string;
  /** The name as the text writes it, where first named. */
  named: string;
}

export interface ArticleDraft {
  published: { date: string; inferred: boolean; basis: string };
  parts: PartRange[];
  events: DraftEvent[];
  unresolvedPlaces: UnresolvedPlace[];
  newPlaces: ProposedPlace[];
  /** Every place the story names, whether or not an event is drafted there. */
  placesNamed: string[];
}

/** Words (folded, as normalize.ts folds them) that make a sentence about each kind of event. */
const TRIGGERS: { kind: EventKind; words: string[] }[] = [
  { kind: 'movement', words: ['دخل', 'دخول', 'خرج', 'خروج', 'انسحب', 'تنسحب', 'ستنسحب', 'انسحاب', 'وصل', 'وصول', 'نقل القوات', 'نقل قوات', 'نقل معدات', 'ونقل معدات', 'انطلق', 'انطلاق', 'غادر', 'مغادره', 'رتل', 'رتلا', 'ارتال', 'تحرك', 'توجه', 'اخلاء', 'اعاده تموضع', 'ذهب', 'تنتقل', 'ينتقل', 'ستنتقل القوات', 'انتقال', 'انتقلت', 'نقل', 'نقل العتاد', 'نقل عتاد', 'نقل المعدات', 'لنقل', 'سحب', 'سحبت', 'تسحب', 'اعاده انتشار', 'اعاده الانتشار', 'عبرت', 'عبور', 'تعبر', 'يعبر', 'قافله', 'قوافل', 'شاحنات', 'ارسال', 'ارسلت', 'اجلاء', 'قادمه', 'قادما', 'تتجه', 'اتجهت', 'متجهه', 'متوجهه', 'توجهت'] },
  { kind: 'strike', words: ['ضربه', 'ضربات', 'غاره', 'غارات', 'قصف', 'قصفت'] },
  { kind: 'attack', words: ['هجوم', 'هجمات', 'استهداف', 'استهدف', 'استهدفت', 'صواريخ', 'صاروخي', 'طائره مسيره', 'مسيره', 'تعرضت'] },
  { kind: 'handover', words: ['تسليم', 'سلمت', 'تسلم', 'تسلمت'] },
  { kind: 'exercise', words: ['تدريبات', 'مناورات', 'مناوره', 'تمرين', 'تمارين'] },
  // A mission's end or a deadline, when the sentence speaks of the future (see FUTURE).
  { kind: 'deadline', words: ['بحلول', 'انهاء المهمه', 'انهاء مهمه', 'ستنتقل المهمه', 'ستستمر حتي', 'موعد', 'تبقي القوات', 'ستبقي'] },
  { kind: 'statement', words: ['بيان', 'بيانا', 'طالبت', 'طالب', 'اعلنت', 'اعلن', 'صرح', 'اكدت'] },
];

/** «دخلت فى نقاشات» (entered talks) and the like: entering something that is not a place. */
const ABSTRACT_ENTRY = /دخل\S*\s+(في|فى)\s+(نقاشات|مفاوضات|مشاورات|حوار|مرحله|محادثات)/;

/** Words that make where a move goes a guess. */
const SPECULATION = /(^|[^\p{L}])(ربما|يحتمل|يرجح|من المحتمل|قد يكون|لم تعرف وجهته|لم تعرف وجهتها|وجهته غير معروفه|وجهتها غير معروفه)([^\p{L}]|$)/u;

/** A drone or a missile that «arrives» or «crosses» is no troop movement: «وصلت إحدى المسيرات». */
const PROJECTILE_MOVES = /(وصل|دخل|عبر|انطلق)\S*\s+(\S+\s+)?(احدي\s+)?(المسيرات|مسيرات|مسيره|المسيره|الطائره المسيره|الصواريخ|صواريخ|صاروخ)/;

/** Movement words strong enough to draft a departure or arrival when only one place is named. */
const ONE_PLACE_MOVES = ['انسحب', 'انسحاب', 'تنسحب', 'ستنسحب', 'رتل', 'ارتال', 'غادر', 'مغادره', 'اخلاء'];

const FUTURE = ['من المقرر', 'سوف', 'تعتزم', 'يعتزم', 'ستنسحب', 'سينسحب', 'ستنتقل', 'سيتم', 'ستتم', 'بحلول', 'المقبل', 'المقبله', 'خطه', 'ستبقي', 'سيبقي'];
const DENIAL = ['نفي', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'غير دقيقه', 'غير صحيحه', 'عار عن الصحه'];
/** A denial verb as a word of its own («نفت»، «وتنفي»), not inside another («تنفيذ»). */
const DENIAL_WORD = /(^|[^\p{L}])[وف]?(نفي|نفت|ينفي|تنفي|نفوا)(?!\p{L})|غير دقيقه|غير صحيحه|عار عن الصحه/u;
const ATTRIBUTION = ['بحسب', 'حسب', 'وفق', 'وفقا', 'نقلا عن', 'مصدر', 'مصادر', 'زعم', 'ادعي', 'افادت', 'افاد', 'اشارت تقارير', 'تقارير'];

const has = (folded: string, words: readonly string[]) => words.some((w) => folded.includes(w));

/** The letters a folded letter stands for in the original text (normalize.ts folds them together). */
const UNFOLD: Record<string, string> = { 'ا': '[اأإآٱ]', 'ه': '[هة]', 'ي': '[يىئ]', 'و': '[وؤ]' };

/** Where a folded word first occurs in the original text, diacritics and tatweel allowed between its letters; -1 if nowhere. */
function locate(original: string, folded: string): number {
  const marks = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]*';
  const pattern = [...folded].map((c) => (UNFOLD[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) + marks).join('');
  return original.search(new RegExp(pattern));
}

/** Nouns that stand between a preposition and a place's name: «إلى العاصمة بغداد», «من محافظة الأنبار». */
const HEADS = new Set(['العاصمه', 'عاصمه', 'مدينه', 'محافظه', 'اقليم', 'قاعده', 'مطار', 'منطقه', 'بلده', 'دوله', 'معبر', 'منفذ', 'قضاء', 'ناحيه', 'مدن', 'قواعد', 'الاراضي', 'اراضي', 'داخل', ...DIRECTIONS, 'شمال شرق', 'ريف', 'اطراف', 'قرب', 'مقر']);

/** «… مقر قيادة العمليات المشتركة في بغداد»: a site (HQ, base, camp, airport) after these words, then «في» and the place it sits in. */
const site = (words: string) => new RegExp(`(^|\\s)(${words})\\s+(ال)?(مقر|مقار|مقرات|مبني|قاعده|قواعد|معسكر|مطار)(\\s+[^\\s،,.]+){0,5}\\s+(في|فى)\\s*$`);
/**
 * «من مقر قيادة العمليات المشتركة في بغداد», «من قاعدة عين الأسد ومقر بعثة التحالف في بغداد»: a
 * place where the site it leaves from sits is where it leaves from.
 */
const SITE_IN = site('[وف]?من|و');
/** «إلى القواعد الأمريكية المنتشرة في الحسكة»: a place where the site it heads for sits is where it goes. */
const SITE_TO = site('[وف]?(?:الي|نحو|باتجاه)');

/** The role a place plays in a movement sentence, from the words before it (past a head noun such as «العاصمة»). */
function role(text: string, mention: PlaceMention, floor: number): 'from' | 'to' | 'via' | null {
  const lead = foldText(text.slice(Math.max(floor, mention.start - 80), mention.start));
  if (SITE_IN.test(lead)) return 'from';
  if (SITE_TO.test(lead)) return 'to';
  const before = foldText(text.slice(Math.max(floor, mention.start - 40), mention.start)).split(/[^\p{L}]+/u).filter(Boolean);
  let k = before.length - 1;
  // Skip head nouns (with their clitics: «بالعاصمة», «لمحافظة»), at most two.
  const isHead = (w: string | undefined) => !!w && [w, w.replace(/^(وال|بال|لل|ال|و|ب|ل)/, ''), w.replace(/^(و|ب|ل)/, '')].some((f) => HEADS.has(f) || HEADS.has(`ال${f}`));
  for (let skipped = 0; k >= 0 && skipped < 2; skipped++) {
    // «باتجاه قواعد في رميلان»: a head with «في» after it.
    if (/^(في|فى)$/.test(before[k]!) && isHead(before[k - 1])) k--;
    else if (!isHead(before[k])) break;
    k--;
  }
  const last = before[k] ?? '';
  const head = k < before.length - 1 ? before[k + 1]! : '';
  // «بالقرب من بلدة رميلان» locates; it is no origin.
  if (last === 'من' && /^(بالقرب|قرب|مقربه|بعيدا|القريب|القريبه|بعد)$/.test(before[k - 1] ?? '')) return null;
  // «دون موافقة رسمية من دمشق», «بطلب من بغداد»: leave or word from a government, no origin.
  if (last === 'من' && before.slice(Math.max(0, k - 3), k).some((w) => /^[وب]?(موافقه|طلب|دعم|قرار|اوامر|امر|اذن|تنسيق|ضغط|ضغوط)$/.test(w))) return null;
  if (/(^|و)(من|منطقه)$/.test(last) || last === 'مغادره' || /^(قادم|قادما|قادمه|قادمين|قادمتين)$/.test(last)) return 'from';
  // «إلى إقليم كردستان، حيث قاعدة حرير»: the place after «حيث» is where it went, within the region.
  if (/^[وف]?(الي|نحو|باتجاه|صوب|حتي|اتجاه|وصولا)$/.test(last) || last === 'حيث') return 'to';
  if (/^[وف]?(عبر|خلال|مرورا|مرور)$/.test(last)) return 'via';
  // The head or the name itself carries «ل» (to): «لأربيل», «للعاصمة بغداد»; «ب» is «in» as often as «to».
  if (head ? /^[وف]?لل/.test(head) : /ل+$/.test(mention.prefix)) return 'to';
  return null;
}

/** The words before a place that only say where the place before it lies. */
const LOCATES = new RegExp(`(^|\\s)(في|فى|${DIRECTIONS.join('|')}|قرب|ريف|بريف|بالقرب من)\\s+(محافظه\\s+|مدينه\\s+|بلده\\s+)?$`);

/** «نقل» that passes on a report: «نقلت مصادر», «ونقل مراسل», «نقلا عن». */
const REPORTED_BY = /[وف]?(نقلت|نقل|ينقل|تنقل|نقلا)\s+(عن|مصادر|مصدر|وكاله|وكالات|صحيفه|موقع|قناه|تقارير|مراسل|وسائل|شهود)/g;

/** Words that go on with a movement already told («جزء منها», «الرتل», «الشاحنات ذاتها»), rather than start another. */
const CONTINUES = /(^|[^\p{L}])(جزء|جزءا|قسم|بعضها|منها|الرتل|الارتال|القافله|الشاحنات|ذاتها|نفسها|ثم|القاعده|التحرك|الانسحاب|وجهته|وجهتها|باقي|الباقي|المتبقي|المتبقيه)([^\p{L}]|$)/u;

/** Where a sentence's clauses start and end: cut before «فيما», «بينما», «في حين» and at «؛». */
function clauseSpans(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  const cut = /[،,]\s*(?=(?:فيما|بينما|في حين|فى حين)\s)|؛/g;
  const sentence = text.slice(start, end);
  let at = 0;
  for (let m = cut.exec(sentence); m; m = cut.exec(sentence)) {
    spans.push([start + at, start + m.index]);
    at = m.index + m[0].length;
  }
  spans.push([start + at, end]);
  return spans;
}

/** How many sentences on a movement's origin still holds for one that names only where it went. */
const CARRY_SENTENCES = 2;

/** Words between two destinations that make the first a stop on the way to the second. */
const CHAIN = /(^|[^\p{L}])(ثم|ومنها|منها|ومن هناك|ومن ثم|قبل ان|مرورا|وبعدها|لتتوجه|لينتقل|لتنتقل|لتصل|ليصل|وذهب|وتوجه|واتجه|ليتوجه)([^\p{L}]|$)/u;

/** A country or capital beyond the dataset's, which a story names as an actor far more often than as a place. */
const actorLike = (g: Gazetteer, m: PlaceMention) => m.layer !== 'dataset' && ['PCLI', 'PPLC'].includes(g.places.get(m.placeId)!.featureCode);
const IN = /(^|\s)(في|فى|داخل)\s+$/;
const PLACE_PREPOSITION = /(^|\s)(في|فى|داخل|الى|إلى|من|نحو|باتجاه|صوب)\s+$/;

/** A place known only as a region (geo precision 3: a province, a country, the Kurdistan Region). */
const isRegion = (g: Gazetteer, id: string) => g.places.get(id)?.geoPrecision === 3;
/** True when `region` is a region of the country `place` lies in, and not the place itself: Syria for al-Hasakah. */
const regionOf = (g: Gazetteer, region: string, place: string) => region !== place && isRegion(g, region) && g.places.get(region)?.place.country === g.places.get(place)?.place.country;

const built = new WeakMap<readonly Place[], Gazetteer>();
/** The gazetteer over these dataset places, built once for each list of them. */
function gazetteerOf(places: readonly Place[]): Gazetteer {
  const found = built.get(places) ?? gazetteer(places);
  built.set(places, found);
  return found;
}

/** The places the drafts name that the dataset lacks, each once, with where it comes from. */
function proposals(events: readonly DraftEvent[], g: Gazetteer, text: string, dataset: readonly Place[]): ProposedPlace[] {
  const have = new Set(dataset.map((p) => p.id));
  const out = new Map<string, ProposedPlace>();
  for (const e of events)
    for (const id of eventPlaceIds(e)) {
      if (have.has(id) || out.has(id)) continue;
      const c = g.places.get(id)!;
      const named = findPlaces(text, g, e.at[0], e.at[1]).found.find((m) => m.placeId === id);
      out.set(id, {
        place: c.place,
        named: named?.text ?? c.place.name.ar,
        basis: `${c.layer === 'curated' ? 'a curated base, crossing or region' : 'GeoNames'}: ${c.place.coordinatesSource.detail}${named?.settled ? `; the name is shared, settled as ${named.settled}` : ''}`,
      });
    }
  return [...out.values()];
}

function kebab(...parts: string[]): string {
  return parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The date a sentence speaks of: one it states, else the last one stated before it in the story, else the publication date (each said so). */
function sentenceDate(mentions: readonly DateMention[], start: number, end: number, storyStart: number, published: string, near: number, future: boolean): { date: DateClaim; rule: string; certainty: number } {
  // Of the dates in the sentence, the one nearest the word it is about; for a plan, one still ahead
  // («من المقرر … فى سبتمبر المقبل», not the «اليوم» it was reported).
  const all = mentions.filter((m) => m.start >= start && m.end <= end);
  const ahead = future ? all.filter((m) => m.date.end > published) : [];
  const inside = (ahead.length > 0 ? ahead : all).sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near));
  const pick = inside[0];
  if (pick) return { date: pick.date, rule: `date «${pick.text}» in the sentence`, certainty: 1 };
  const before = mentions.filter((m) => m.end <= start && m.start >= storyStart).at(-1);
  if (before) return { date: { ...before.date, inferred: true, basis: `${before.date.basis}; stated earlier in the story, not in the sentence` }, rule: `date «${before.text}» earlier in the story`, certainty: 0.7 };
  return {
    date: { start: published, end: published, precision: 'day', inferred: true, basis: `no date in the sentence or before it: the publication date ${published}` },
    rule: 'no date stated: the publication date',
    certainty: 0.5,
  };
}

/**
 * Drafts for an article. `published` is the publication date (from --published, or inferred from
 * the text by the caller); without one there is nothing to resolve relative dates against.
 */
export function draftEvents(text: string, published: { date: string; inferred: boolean; basis: string }, places: readonly Place[]): ArticleDraft {
  const parts = splitParts(text);
  const g = gazetteerOf(places);
  // The places the story names (not its appended stories or furniture), and the countries they are
  // in, which settle names that several places share («عمان»: Amman or Oman).
  const storyPlaces = parts.filter((p) => p.kind === 'main').flatMap((p) => findPlaces(text, g, p.start, p.end).found).filter((m) => !actorLike(g, m) || PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 10), m.start)));
  const countries = new Set(storyPlaces.map((m) => g.places.get(m.placeId)!.place.country));
  const events: DraftEvent[] = [];
  const unresolved: UnresolvedPlace[] = [];
  for (const part of parts.filter((p) => p.kind !== 'furniture')) {
    // An appended story is its own article: its relative dates count from the first date it states,
    // and one that states none has no date to count from (its events are not drafted undated).
    const own = part.kind === 'appended' ? findDates(text, null, part.start, part.end).find((d) => d.date.precision === 'day') : undefined;
    if (part.kind === 'appended' && !own) continue;
    const anchor = own?.date.start ?? published.date;
    const dates = findDates(text, anchor, part.start, part.end);
    // Where the story's last movement or withdrawal left from, for a sentence that goes on to say where it went.
    let origin: { id: string; sentence: number } | undefined;
    let sentenceNo = -1;
    for (const [start, end] of sentences(text, part.start, part.end)) {
      sentenceNo++;
      const sentence = text.slice(start, end);
      const folded = foldText(sentence);
      const { found: named, unresolved: unknown } = findPlaces(text, g, start, end, countries);
      // A country or capital beyond the dataset's is an actor far more often than a place («أطلقتها إيران»،
      // «ودمشق تطالب»): it stands as a place only after «في», or as a movement's end (see role()).
      const asPlace = (m: PlaceMention, moving: boolean) => !actorLike(g, m) || IN.test(text.slice(Math.max(start, m.start - 10), m.start)) || (moving && ['from', 'to'].includes(role(text, m, start) ?? ''));
      unresolved.push(...unknown);
      // The event word that comes first in the sentence decides its kind (Arabic puts the verb first).
      // A plan speaks of the future in words, or (a deadline, a movement) names a date still ahead of the publication.
      const futureWords = has(folded, FUTURE);
      const future = futureWords || dates.some((d) => d.start >= start && d.end <= end && d.date.start > anchor);
      // «نقلت مصادر», «نقلاً عن»: transmitting a report, not moving troops; masked before the event words are looked for.
      const eventWords = folded.replace(REPORTED_BY, (m) => '_'.repeat(m.length));
      const first = (words: readonly string[]) => Math.min(...words.map((w) => eventWords.indexOf(w)).filter((i) => i >= 0), Infinity);
      const trigger = TRIGGERS.filter((t) => t.kind !== 'deadline' || future)
        .map((t) => ({ t, at: first(t.words) }))
        .filter((c) => c.at < Infinity && !(c.t.kind === 'movement' && (ABSTRACT_ENTRY.test(folded) || PROJECTILE_MOVES.test(folded))))
        .sort((a, b) => a.at - b.at)[0]?.t;
      const denial = DENIAL_WORD.test(folded);
      const found = named.filter((m) => asPlace(m, trigger?.kind === 'movement' && !denial));
      if ((!trigger && !denial) || found.length === 0) continue;
      // The date nearest the word that makes the sentence an event («الغارات … فى ١١ أكتوبر»).
      const word = [...(trigger?.words ?? []), ...DENIAL].filter((w) => folded.includes(w)).sort((a, b) => folded.indexOf(a) - folded.indexOf(b))[0];
      const at = word ? locate(sentence, word) : -1;
      const planned = futureWords || (future && (trigger?.kind === 'deadline' || trigger?.kind === 'movement'));
      const { date, rule: dateRule, certainty } = sentenceDate(dates, start, end, part.start, anchor, at >= 0 ? start + at : found[0]!.start, planned);
      const status: EventStatus = planned ? 'planned' : has(folded, ATTRIBUTION) && !denial ? 'claimed' : 'reported';
      // The most specific places: a country is kept only when the sentence names nothing finer.
      const kindOf = (id: string) => places.find((p) => p.id === id)?.kind;
      const fine = found.filter((m) => kindOf(m.placeId) !== 'country');
      const placeIds = [...new Set((fine.length > 0 && trigger?.kind !== 'movement' ? fine : found).map((m) => m.placeId))];
      // A statement is drafted at a place it names, not at a whole country it mentions in passing.
      if (trigger?.kind === 'statement' && !denial && fine.length === 0) continue;
      const base = { date, quote: sentence, at: [start, end] as [number, number] };

      if (denial) {
        // A denial is a statement; it denies the latest claim in the story that shares a place with it.
        const target = events.findLastIndex((e) => e.status === 'claimed' && eventPlaceIds(e).some((p) => placeIds.includes(p)));
        events.push({ ...base, id: kebab('denial', placeIds[0]!, date.start), kind: 'statement', status: 'reported', place: placeIds[0]!, geoPrecision: { place: found.find((m) => m.placeId === placeIds[0])!.geoPrecision }, denies: target >= 0 ? target : undefined, confidence: target >= 0 ? 0.7 : 0.4, rule: `denial wording${target >= 0 ? ' matching an earlier claim' : ''}; ${dateRule}` });
        if (target >= 0) events[target] = { ...events[target]!, status: 'denied' };
        continue;
      }
      // «ربما يكون متجهاً إلى …»: a guess at where it goes is no movement to draw.
      if (trigger!.kind === 'movement' && SPECULATION.test(folded)) continue;
      if (trigger!.kind === 'movement') {
        const read = (ms: readonly PlaceMention[], floor: number) => {
          // A place joined by «و» to the one before it plays the same part: «من عين الأسد ومطار بغداد», «إلى أربيل والكويت».
          const roles: { m: PlaceMention; role: ReturnType<typeof role>; joined: boolean }[] = [];
          // A place that only locates the one before it («الشدادي جنوب الحسكة», «حقل العمر في محافظة دير الزور») plays
          // no part, and a place joined after it takes the part of the one it locates.
          const locator = (m: PlaceMention) => LOCATES.test(foldText(text.slice(Math.max(floor, m.start - 12), m.start)));
          ms.forEach((m, i) => {
            const own = role(text, m, floor);
            let k = i - 1;
            while (k >= 0 && roles[k]!.role === null && locator(ms[k]!)) k--;
            const prev = ms[k];
            const joined = !!prev && /^و/.test(m.text) && ms.slice(k + 1, i).every((x) => locator(x)) && /^[\s،,]*$/.test(text.slice((ms[i - 1] ?? prev).end, m.start));
            roles.push({ m, role: own ?? (joined ? roles[k]!.role : null), joined: joined && own === null });
          });
          const froms = [...new Set(roles.filter((r) => r.role === 'from').map((r) => r.m.placeId))];
          // No «من»: a place named before the destination is where it leaves from («تغادر عين الأسد إلى الكويت»).
          const toAt = roles.findIndex((r) => r.role === 'to');
          const implied = froms.length === 0 && toAt > 0 ? roles.slice(0, toAt).find((r) => r.role === null && r.m.placeId !== roles[toAt]!.m.placeId)?.m.placeId : undefined;
          if (implied) froms.push(implied);
          // Still none: the origin of the movement the story told just before («انسحاب … من عين الأسد. … جزء منها توجه إلى …»).
          const carried = froms.length === 0 && roles.some((r) => r.role === 'to') && origin && sentenceNo - origin.sentence <= CARRY_SENTENCES && CONTINUES.test(foldText(text.slice(floor, ms.at(-1)?.end ?? floor))) ? origin.id : undefined;
          if (carried) froms.push(carried);
          // Destinations: each place it heads for, unless a word between two makes the first a stop on
          // the way («إلى بغداد ثم إلى أربيل», «ومنها إلى»): «إلى أربيل والكويت» and «جزء إلى … وجزء إلى …» are two movements.
          // After a destination, a clause with «حيث» or «التي» describes it: «إلى سوريا، حيث تنتشر القواعد … وصولاً إلى دير الزور».
          const heading = roles.filter((r, i) => {
            if (r.role !== 'to' || froms.includes(r.m.placeId)) return false;
            const before = roles.slice(0, i).findLast((p) => p.role === 'to');
            const between = before ? foldText(text.slice(before.m.end, r.m.start)) : '';
            return !/(^|[^\p{L}])(حيث|التي|الذي|اللتين|الذين)([^\p{L}]|$)/u.test(between) || /حيث[\s،,]*(\S+\s+)?$/.test(between);
          });
          const tos: PlaceMention[] = [];
          const via: string[] = roles.filter((r) => r.role === 'via' && !froms.includes(r.m.placeId)).map((r) => r.m.placeId);
          heading.forEach((r, i) => {
            const next = heading[i + 1];
            if (next && !next.joined && CHAIN.test(foldText(text.slice(r.m.end, next.m.start)))) via.push(r.m.placeId);
            else if (!tos.some((t) => t.placeId === r.m.placeId)) tos.push(r.m);
          });
          // A region is no destination of its own beside a place in the same country: «باتجاه الأنبار، وذهب صوب قاعدة عين الأسد».
          for (let i = tos.length - 1; i >= 0; i--) if (tos.some((t) => !isRegion(g, t.placeId) && regionOf(g, tos[i]!.placeId, t.placeId))) tos.splice(i, 1);
          return { froms, tos, via, implied, carried };
        };
        // Clauses joined by «فيما», «بينما», «في حين» or «؛» tell movements of their own; each is read
        // alone first («الانسحاب من قسرك باتجاه إقليم كردستان، فيما شملت المرحلة الأولى نقل … من الشدادي … إلى قسرك»).
        const pieces = clauseSpans(text, start, end);
        let produced = 0;
        for (const [cs, ce] of pieces.length > 1 ? pieces : [[start, end] as [number, number]]) {
          const { froms, tos, via, implied, carried } = read(found.filter((m) => m.start >= cs && m.end <= ce), cs);
          if (froms.length === 0 || tos.length === 0) continue;
          produced++;
          const geoOf = (id: string) => found.find((m) => m.placeId === id)?.geoPrecision ?? g.places.get(id)!.geoPrecision;
          origin = { id: froms[0]!, sentence: sentenceNo };
          for (const from of froms)
            for (const to of tos) {
              const stops = [...new Set(via.filter((v) => v !== to.placeId && v !== from))];
              events.push({
                ...base,
                id: kebab(status === 'planned' ? 'planned' : 'movement', from, 'to', to.placeId, date.start),
                kind: 'movement',
                status,
                from,
                to: to.placeId,
                ...(stops.length ? { via: stops } : {}),
                geoPrecision: { from: geoOf(from), to: to.geoPrecision },
                confidence: Math.round((implied ? 0.7 : carried ? 0.6 : 0.9) * (tos.length > 1 ? 0.9 : 1) * certainty * 100) / 100,
                rule: `movement word with ${implied ? `${from} named before the destination` : carried ? `${from}, the origin of the movement told just before` : `«من» ${from}`} and a direction to ${to.placeId}${tos.length > 1 ? ` (one of ${tos.length} destinations)` : ''}; ${dateRule}`,
              });
            }
        }
        if (produced > 0) continue;
        const { froms, tos } = read(found, start);
        const from = froms[0];
        // A movement with only one end named: a withdrawal from (or an arrival at) one place, and
        // only for words that leave no doubt (a «دخلت في نقاشات» is not a movement).
        if (!has(folded, ONE_PLACE_MOVES)) continue;
        const one = from ?? tos[0]?.placeId ?? placeIds[0]!;
        if (from) origin = { id: from, sentence: sentenceNo };
        const geo = found.find((m) => m.placeId === one)!.geoPrecision;
        events.push({ ...base, id: kebab(from ? 'withdrawal' : 'movement-at', one, date.start), kind: from ? 'withdrawal' : 'posture', status, place: one, geoPrecision: { place: geo }, confidence: Math.round(0.5 * certainty * 100) / 100, rule: `movement word with only one place (${one}); ${dateRule}` });
        continue;
      }
      for (const place of placeIds) {
        events.push({ ...base, id: kebab(trigger!.kind, place, date.start), kind: trigger!.kind, status, place, geoPrecision: { place: found.find((m) => m.placeId === place)!.geoPrecision }, confidence: Math.round(0.7 * certainty * 100) / 100, rule: `${trigger!.kind} word with place ${place}; ${dateRule}` });
      }
    }
  }
  // A movement told again, in another sentence, with a region for one of its ends («يغادر قاعدة الحرير باتجاه سوريا», then «… إلى
  // القواعد الأمريكية في الحسكة») is the same move told less exactly: the exact telling stands for it.
  const covers = (a: string, b: string) => a === b || regionOf(g, a, b);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind !== 'movement' || !(isRegion(g, e.from!) || isRegion(g, e.to!))) continue;
    if (events.some((o) => o.at[0] !== e.at[0] && o.kind === 'movement' && covers(e.from!, o.from!) && covers(e.to!, o.to!) && (o.from !== e.from || o.to !== e.to))) events.splice(i, 1);
  }
  // Ids are unique within a draft.
  const seen = new Map<string, number>();
  for (const e of events) {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    if (n > 1) e.id = `${e.id}-${n}`;
  }
  const unique = [...new Map(unresolved.map((u) => [`${u.start}:${u.end}`, u])).values()];
  return { published, parts, events, unresolvedPlaces: unique, newPlaces: proposals(events, g, text, places), placesNamed: [...new Set(storyPlaces.map((m) => m.placeId))] };
}
