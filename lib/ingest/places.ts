/**
 * Places named in Arabic text, matched against the gazetteer's layers (lib/geo/gazetteer.ts) with
 * the search's normalisation (alef and hamza forms, ta marbuta, the clitics و ب ف ل ك and the
 * article ال), so «بقاعدة عين الاسد» finds Ain al-Asad. A name that several places share is settled
 * by context: a dataset place before a curated one before GeoNames; then a country the article names;
 * then the bigger, more central place when it clearly dominates. A name still shared is reported as
 * ambiguous, with its candidates, rather than guessed. Place-like phrases that match nothing
 * («قاعدة …», «معبر …», «منفذ …», «مطار …») are reported as unresolved, never given coordinates.
 */
import type { GeoPrecision, Place } from '@/lib/data/schema';
import { candidates as allCandidates, arabicNames, type Candidate, type Layer } from '@/lib/geo/gazetteer';
import { searchTerms, wordSpans } from '@/lib/search/normalize';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  placeId: string;
  layer: Layer;
  geoPrecision: GeoPrecision;
  /** How the name was settled when other places share it. */
  settled?: string;
  /** The clitics written onto the name («ل» in «لأربيل», «وب» in «وبغداد»), folded. */
  prefix: string;
}

export interface UnresolvedPlace {
  start: number;
  end: number;
  text: string;
  /** The places the name could be, when it is ambiguous rather than unknown. */
  candidates?: { id: string; name: string; country: string }[];
}

interface Word {
  start: number;
  end: number;
  text: string;
  forms: string[];
}

/** The Arabic words of text[from, to), with their offsets and the forms each can be matched under. */
function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const w of wordSpans(text, from, to)) {
    if (!/[\u0621-\u064A0-9\u0660-\u0669]/.test(w.text)) continue;
    const forms = searchTerms(w.text)[0];
    // A dual head names two places: «قاعدتي العمر وكونيكو» is «قاعدة العمر» and «كونيكو».
    if (forms?.some((f) => DUAL_HEADS[f])) forms.push(...forms.flatMap((f) => DUAL_HEADS[f] ?? []));
    if (forms) out.push({ start: w.start, end: w.end, text: w.text, forms });
  }
  return out;
}

const DUAL_HEADS: Record<string, string[]> = { قاعدتي: ['قاعده'], قاعدتا: ['قاعده'], معبري: ['معبر'], مطاري: ['مطار'] };

/** Words after which a name such as «سورية» is an adjective: a feminine word, or a noun of sources and forces. */
const DESCRIBED = /(يه|ه)$|^(مصادر|قوات|وحدات|جهات|اوساط|وسائل|مصدر|وكاله|مراسل|حكومه|دوله)$/;

/** Words that make the next word a place, if it is one: a base, a crossing, an airport. */
const PLACE_HEADS = ['قاعده', 'معبر', 'منفذ', 'مطار', 'معسكر'];
/** Words after a head that end a place-like phrase rather than name a place. */
const NOT_NAMES = new Set(['في', 'من', 'الي', 'الى', 'على', 'علي', 'عن', 'مع', 'التي', 'الذي', 'الحدودي', 'العسكريه', 'الجويه', 'ان', 'او', 'جويه', 'عسكريه', 'امريكيه', 'الامريكيه', 'تابعه', 'اخري', 'رئيسيه']);
/** The word before a place that says the event was near it rather than at it («قرب», «شمال»…): geo precision 2. */
export const DIRECTIONS = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'];
const NEAR = new Set(['قرب', 'بالقرب', 'مقربه', 'محيط', 'ضواحي', 'اطراف', ...DIRECTIONS, 'ريف']);
/**
 * GeoNames' Arabic names that are also common words in news text («بلد» is a country, not Balad;
 * «الحرية» is freedom): they are matched only after a word that makes them a place («مدينة بلد»).
 */
const COMMON_WORDS = new Set(['بلد', 'الحريه', 'حريه', 'النصر', 'نصر', 'السلام', 'سلام', 'الوحده', 'الثوره', 'الحمرا', 'العين', 'بيان', 'البيان', 'الخبر', 'خبر', 'جديده', 'الجديده', 'مرات', 'السفيره', 'الكريمه', 'اشاره', 'سجن', 'قاسم', 'الوان', 'حول', 'دور', 'خرج', 'كيان', 'صور', 'الصور', 'حديثه', 'الحديثه', 'عين', 'الجيش', 'المدينه', 'مدينه', 'القريه', 'الشرق', 'الغرب', 'الشمال', 'الجنوب', 'الوسط', 'الساحل', 'الميناء', 'المطار', 'السوق', 'الجسر', 'البحر', 'الخليج', 'الحدود']);
/** Words that make a common word a place name: «مدينة», «بلدة», «قرية», «ناحية», «قضاء»… */
const TOWN_HEADS = new Set(['مدينه', 'بلده', 'قريه', 'ناحيه', 'قضاء', 'منطقه', 'محافظه']);

interface Alias {
  words: string[][];
  ids: string[];
}

export interface Gazetteer {
  /** Aliases by each form of their first word; each alias with the places that share it. */
  byFirst: Map<string, Alias[]>;
  places: Map<string, Candidate>;
}

/** The gazetteer over the dataset's places and, unless `datasetOnly`, the curated and GeoNames layers. */
export function gazetteer(dataset: readonly Place[], { datasetOnly = false } = {}): Gazetteer {
  const list = datasetOnly ? allCandidates(dataset).filter((c) => c.layer === 'dataset') : allCandidates(dataset);
  const places = new Map(list.map((c) => [c.place.id, c]));
  const byKey = new Map<string, Alias>();
  for (const c of list)
    for (const name of arabicNames(c.place)) {
      // A name is matched as written (folded), never cut down itself: «بالاو» (Palau) must not become
      // «او»; only its article may go, for «للكويت» and «بالأنبار».
      const terms = searchTerms(name).map((forms) => [forms[0]!, ...(forms[0]!.startsWith('ال') && forms[0]!.length > 4 ? [forms[0]!.slice(2)] : [])]);
      if (terms.length === 0) continue;
      const key = terms.map((forms) => forms[0]).join(' ');
      const alias = byKey.get(key) ?? { words: terms, ids: [] };
      if (!alias.ids.includes(c.place.id)) alias.ids.push(c.place.id);
      byKey.set(key, alias);
    }
  const byFirst = new Map<string, Alias[]>();
  for (const alias of byKey.values())
    for (const form of alias.words[0]!) {
      const bucket = byFirst.get(form) ?? [];
      bucket.push(alias);
      byFirst.set(form, bucket);
    }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, places };
}

const same = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** GeoNames' feature codes, most central first. */
const CODE_RANK = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL'];
const rank = (c: Candidate) => {
  const i = CODE_RANK.indexOf(c.featureCode);
  return i < 0 ? CODE_RANK.length : i;
};
const LAYER_ORDER: Layer[] = ['dataset', 'curated', 'geonames'];

/** One place for a name several share, and how; or null when the text does not settle it. */
function settle(ids: readonly string[], g: Gazetteer, countries: ReadonlySet<string>): { id: string; how?: string } | null {
  const all = ids.map((id) => g.places.get(id)!);
  if (all.length === 1) return { id: all[0]!.place.id };
  for (const layer of LAYER_ORDER) {
    const inLayer = all.filter((c) => c.layer === layer);
    if (inLayer.length === 0) continue;
    if (inLayer.length === 1) return { id: inLayer[0]!.place.id, how: `the ${layer} place before ${all.length - 1} other${all.length > 2 ? 's' : ''} of that name` };
    const near = inLayer.filter((c) => countries.has(c.place.country));
    if (near.length === 1) return { id: near[0]!.place.id, how: `the one in ${near[0]!.place.country}, a country the article names` };
    const pool = (near.length > 0 ? near : inLayer).sort((a, b) => rank(a) - rank(b) || b.population - a.population);
    const [top, next] = [pool[0]!, pool[1]!];
    // A country and a town of the same name («عمان»: Oman, Amman) are never settled by size.
    const country = pool.some((c) => c.featureCode === 'PCLI');
    if (!country && rank(top) <= rank(next) && top.population >= 10 * Math.max(1, next.population))
      return { id: top.place.id, how: `the largest of ${pool.length} places of that name (${top.population.toLocaleString('en')} people)` };
    return null;
  }
  return null;
}

/** A GeoNames town this big is named often enough that its one-word name is taken at its word. */
const NAMED_TOWN = 20_000;

/**
 * Whether a one-word name stands for its place here. Many Arabic names of small towns are also
 * everyday words («بيان» statement, «الخبر» the news, «دور» role), so a one-word GeoNames town
 * counts only when it is big, its name is long enough not to be a particle, and it is no common
 * word, or when a word before it makes it a town («مدينة», «بلدة», «قرية»…).
 */
function plainName(alias: Alias, g: Gazetteer, w: Word, before: Word | undefined): boolean {
  const places = alias.ids.map((id) => g.places.get(id)!);
  if (places.some((c) => c.layer !== 'geonames' || c.featureCode === 'PCLI')) return true;
  if (before?.forms.some((f) => TOWN_HEADS.has(f))) return true;
  const name = alias.words[0]![0]!;
  // Writers drop hamzas, never add them: «بأنه» is not Baneh («بانه»).
  const raw = w.text.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  if (/[أإآؤئ]/.test(raw.slice(raw.length - name.length)) && !places.some((c) => arabicNames(c.place).some((n) => /[أإآؤئ]/.test(n)))) return false;
  return name.length >= 4 && !COMMON_WORDS.has(name) && !w.forms.some((f) => COMMON_WORDS.has(f)) && places.some((c) => c.population >= NAMED_TOWN);
}

interface Match {
  i: number;
  length: number;
  ids: string[];
  prefix: string;
}

/** Every known place named in text[from, to), and every place-like phrase or ambiguous name that names none. */
export function findPlaces(text: string, g: Gazetteer, from = 0, to = text.length, context: ReadonlySet<string> = new Set()): { found: PlaceMention[]; unresolved: UnresolvedPlace[] } {
  const ws = words(text, from, to);
  const matches: Match[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const alias = w.forms
      .flatMap((f) => g.byFirst.get(f) ?? [])
      .filter((a) => i + a.words.length <= ws.length && a.words.every((forms, k) => same(forms, ws[i + k]!.forms)))
      .sort((a, b) => b.words.length - a.words.length)[0];
    if (!alias) continue;
    const last = ws[i + alias.words.length - 1]!;
    // An outlet named after a place, in quotes: «"بغداد اليوم"» is a news site, not Baghdad.
    if (/["«“]\s*$/.test(text.slice(Math.max(0, w.start - 2), w.start)) && /^\s+اليوم/.test(text.slice(last.end, last.end + 8))) continue;
    if (alias.words.length === 1 && !plainName(alias, g, w, ws[i - 1])) continue;
    // «مصادر عسكرية سورية»: a name that is also an adjective, after the noun it describes, is the adjective.
    if (alias.words.length === 1 && /يه$/.test(w.forms[0]!) && i > 0 && /^\s+$/.test(text.slice(ws[i - 1]!.end, w.start)) && DESCRIBED.test(ws[i - 1]!.forms[0]!)) continue;
    // «إيلاف من بيروت:»: where the report was filed, not a place it tells of.
    if (/^\s*[:：]/.test(text.slice(last.end, last.end + 3)) && i > 0 && ws[i - 1]!.forms[0] === 'من' && i <= 3) continue;
    const written = w.forms[0]!;
    const name = alias.words[0]!.filter((f) => written.endsWith(f)).sort((a, b) => b.length - a.length)[0] ?? written;
    // A name written without the article does not take one: «السورية» is the adjective Syrian, not «سورية».
    if (/ال$/.test(written.slice(0, written.length - name.length))) continue;
    matches.push({ i, length: alias.words.length, ids: alias.ids, prefix: written.slice(0, written.length - name.length) });
    i += alias.words.length - 1;
  }
  // The countries the passage names, and those of its places that need no settling, settle the rest.
  const countries = new Set(context);
  for (const m of matches) if (m.ids.length === 1) countries.add(g.places.get(m.ids[0]!)!.place.country);

  const found: PlaceMention[] = [];
  const unresolved: UnresolvedPlace[] = [];
  const covered = new Set<number>();
  for (const m of matches) {
    const first = ws[m.i]!;
    const last = ws[m.i + m.length - 1]!;
    for (let k = 0; k < m.length; k++) covered.add(m.i + k);
    const span = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    const pick = settle(m.ids, g, countries);
    if (!pick) {
      unresolved.push({ ...span, candidates: m.ids.map((id) => g.places.get(id)!.place).map((p) => ({ id: p.id, name: p.name.en, country: p.country })) });
      continue;
    }
    const c = g.places.get(pick.id)!;
    const near = m.i > 0 && ws[m.i - 1]!.forms.some((f) => NEAR.has(f)) && /^\s+$/.test(text.slice(ws[m.i - 1]!.end, first.start));
    const geoPrecision: GeoPrecision = near && c.geoPrecision === 1 ? 2 : c.geoPrecision;
    found.push({ ...span, placeId: pick.id, layer: c.layer, geoPrecision, prefix: m.prefix, ...(pick.how ? { settled: pick.how } : {}) });
  }

  // A head word followed by a name that is not a known place: "unresolved place: قاعدة حرير".
  for (let i = 0; i < ws.length - 1; i++) {
    // The head is indefinite, as in a name («قاعدة حرير», «بقاعدة حرير»), not «القاعدة بالكامل» (the base, entirely).
    const head = ws[i]!.forms[0]!.replace(/^[وفبلك]{1,2}(?!ل)/, '');
    if (covered.has(i) || covered.has(i + 1) || !PLACE_HEADS.includes(head)) continue;
    const next = ws[i + 1]!;
    // The name follows the head directly (no punctuation or line between them).
    if (!/^\s+$/.test(text.slice(ws[i]!.end, next.start)) || next.forms.some((f) => NOT_NAMES.has(f)) || /^[وف]?لل/.test(next.forms[0]!)) continue;
    const after = ws[i + 2];
    const two = after && !covered.has(i + 2) && /^\s+$/.test(text.slice(next.end, after.start)) && text.slice(after.start, after.start + 2) === 'ال' && !after.forms.some((f) => NOT_NAMES.has(f));
    const end = two ? after.end : next.end;
    unresolved.push({ start: ws[i]!.start, end, text: text.slice(ws[i]!.start, end) });
  }
  unresolved.sort((a, b) => a.start - b.start);
  return { found, unresolved };
}
