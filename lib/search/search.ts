/**
 * What search finds, and under which words: places (names and aliases), events (summaries in both
 * languages, quotes and their translations) and article passages (the sentences of each article's
 * own text and of its appended stories; page furniture is left out). The store indexes the folded
 * word forms of each (normalize.ts; lib/store/search.ts keeps the index); results keep their
 * original text, with the offsets of passages, so the reader can show them in place.
 */
import type { ArticleMeta, EventRecord, Place } from '@/lib/data/schema';
import { searchTerms } from './normalize';

export type SearchHit =
  | { kind: 'place'; id: string; name: Place['name']; primary: boolean }
  | { kind: 'event'; id: string; summary: EventRecord['summary']; date: EventRecord['date']; placeId: string | null }
  | { kind: 'passage'; articleId: string; title: ArticleMeta['title']; start: number; end: number; text: string; appended: boolean };

/** How many results a query has: exact up to a cap; past it, `more` is true and `count` is the cap ("1,000+"). */
export interface SearchTotal {
  count: number;
  more: boolean;
}

/** The sentences of a span of text: [start, end) offsets, split after . ! ? ؟ and at line breaks. */
export function sentences(text: string, from = 0, to = text.length): [number, number][] {
  const spans: [number, number][] = [];
  const pattern = /[^\n.!?؟]+[.!?؟]*/g;
  pattern.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end - start >= 3) spans.push([start, end]);
  }
  return spans;
}

/** The text a place is found by. */
export const placeText = (place: Place): string => [place.name.en, place.name.ar, ...place.aliases].join(' \n ');

/** The text an event is found by. */
export const eventText = (event: EventRecord): string => [event.summary.en, event.summary.ar, ...event.sources.flatMap((s) => [s.quote, s.translation])].join(' \n ');

export interface PassageSpan {
  start: number;
  end: number;
  appended: boolean;
}

/** An article's passages: the sentences of its main and appended parts, never of its furniture. */
export function passages(meta: ArticleMeta, text: string): PassageSpan[] {
  return meta.parts
    .filter((part) => part.kind !== 'furniture')
    .flatMap((part) => sentences(text, part.start, part.end).map(([start, end]) => ({ start, end, appended: part.kind === 'appended' })));
}

/**
 * A word form longer than this (in UTF-8 bytes) is kept cut to it, in the index and in a query
 * alike: PostgreSQL takes no lexeme over 2,047 bytes. A query word is at most 200 characters, so a
 * prefix match is the same on the cut form as on the whole one.
 */
const MAX_FORM_BYTES = 2000;
const encoder = new TextEncoder();

function clip(form: string): string {
  if (form.length * 3 <= MAX_FORM_BYTES || encoder.encode(form).length <= MAX_FORM_BYTES) return form;
  let bytes = 0;
  let end = 0;
  for (const ch of form) {
    bytes += encoder.encode(ch).length;
    if (bytes > MAX_FORM_BYTES) break;
    end += ch.length;
  }
  return form.slice(0, end);
}

/**
 * Every form under which a text's words can be found (searchTerms, flattened, each once). The text
 * is cut at white space and each piece given to searchTerms: no folding step reaches across white
 * space, so the forms are the same as the whole text's, and `memo` (one per batch) saves folding
 * the same piece twice.
 */
export function wordForms(text: string, memo: Map<string, readonly string[]> = new Map()): string[] {
  const forms = new Set<string>();
  for (const piece of text.split(/\s+/)) {
    let found = memo.get(piece);
    if (!found) {
      found = [...new Set(searchTerms(piece).flat().map(clip))];
      memo.set(piece, found);
    }
    for (const form of found) forms.add(form);
  }
  return [...forms];
}

/**
 * A query as the index reads it: each of its words, as the forms it may start (none: it finds
 * nothing). A word is left out when another implies it, every form of the other starting with one of
 * its forms ("ع" beside "عين", a word given twice): the same entries match without it.
 */
export function queryWords(query: string): string[][] {
  const words = searchTerms(query).map((forms) => [...new Set(forms.map(clip))]);
  const implies = (a: string[], b: string[]) => a.every((f) => b.some((g) => f.startsWith(g)));
  return words.filter((word, i) => !words.some((other, j) => j !== i && implies(other, word) && (!implies(word, other) || j < i)));
}
