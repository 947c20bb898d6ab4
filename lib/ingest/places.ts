/**
 * Places named in Arabic text, matched against the gazetteer (data/places.json names and aliases)
 * with the search's normalisation: alef and hamza forms, ta marbuta, the clitics و ب ف ل ك and the
 * article ال, so «بقاعدة عين الاسد» finds Ain al-Asad. Place-like phrases that match nothing
 * («قاعدة …», «معبر …», «منفذ …», «مطار …») are reported as unresolved, never given coordinates.
 */
import type { Place } from '@/lib/data/schema';
import { searchTerms } from '@/lib/search/normalize';

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  placeId: string;
}

export interface UnresolvedPlace {
  start: number;
  end: number;
  text: string;
}

interface Word {
  start: number;
  end: number;
  forms: string[];
}

const ARABIC_WORD = /[\u0621-\u064A\u0660-\u0669\u0670-\u06D3\u06F0-\u06F9]+/g;

/** The Arabic words of text[from, to), with their offsets and the forms each can be matched under. */
function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(0, to);
  ARABIC_WORD.lastIndex = from;
  for (let m = ARABIC_WORD.exec(slice); m; m = ARABIC_WORD.exec(slice)) {
    const forms = searchTerms(m[0])[0];
    if (forms) out.push({ start: m.index, end: m.index + m[0].length, forms });
  }
  return out;
}

/** Words that make the next word a place, if it is one: a base, a crossing, an airport. */
const PLACE_HEADS = ['قاعده', 'معبر', 'منفذ', 'مطار', 'معسكر'];
/** Words after a head that end a place-like phrase rather than name a place. */
const NOT_NAMES = new Set(['في', 'من', 'الي', 'الى', 'على', 'علي', 'عن', 'مع', 'التي', 'الذي', 'الحدودي', 'العسكريه', 'الجويه', 'ان', 'او']);

export interface Gazetteer {
  /** Each alias as a sequence of word forms, longest first. */
  aliases: { placeId: string; words: string[][] }[];
}

/** The Arabic names and aliases of the places, ready to match. */
export function gazetteer(places: readonly Place[]): Gazetteer {
  const aliases = places.flatMap((p) =>
    [p.name.ar, ...p.aliases]
      .filter((a) => /[\u0600-\u06FF]/.test(a))
      .flatMap((a) => a.split('/').map((part) => part.trim()))
      .filter(Boolean)
      .map((a) => ({ placeId: p.id, words: searchTerms(a) })),
  );
  aliases.sort((a, b) => b.words.length - a.words.length);
  return { aliases };
}

const same = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Every known place named in text[from, to), and every place-like phrase that names none. */
export function findPlaces(text: string, { aliases }: Gazetteer, from = 0, to = text.length): { found: PlaceMention[]; unresolved: UnresolvedPlace[] } {
  const ws = words(text, from, to);
  const found: PlaceMention[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    if (covered.has(i)) continue;
    const alias = aliases.find((a) => a.words.length > 0 && i + a.words.length <= ws.length && a.words.every((forms, k) => same(forms, ws[i + k]!.forms)));
    if (!alias) continue;
    const last = ws[i + alias.words.length - 1]!;
    // An outlet named after a place, in quotes: «"بغداد اليوم"» is a news site, not Baghdad.
    const quoted = /["«“]\s*$/.test(text.slice(Math.max(0, ws[i]!.start - 2), ws[i]!.start)) && /^\s+اليوم/.test(text.slice(last.end, last.end + 8));
    if (quoted) continue;
    found.push({ start: ws[i]!.start, end: last.end, text: text.slice(ws[i]!.start, last.end), placeId: alias.placeId });
    for (let k = 0; k < alias.words.length; k++) covered.add(i + k);
  }
  // A head word followed by a name that is not a known place: "unresolved place: قاعدة حرير".
  const unresolved: UnresolvedPlace[] = [];
  for (let i = 0; i < ws.length - 1; i++) {
    if (covered.has(i) || covered.has(i + 1) || !PLACE_HEADS.some((h) => ws[i]!.forms.includes(h))) continue;
    const next = ws[i + 1]!;
    // The name follows the head directly (no punctuation or line between them).
    if (!/^\s+$/.test(text.slice(ws[i]!.end, next.start)) || next.forms.some((f) => NOT_NAMES.has(f))) continue;
    const after = ws[i + 2];
    const two = after && !covered.has(i + 2) && /^\s+$/.test(text.slice(next.end, after.start)) && text.slice(after.start, after.start + 2) === 'ال' && !after.forms.some((f) => NOT_NAMES.has(f));
    const end = two ? after.end : next.end;
    unresolved.push({ start: ws[i]!.start, end, text: text.slice(ws[i]!.start, end) });
  }
  return { found, unresolved };
}
