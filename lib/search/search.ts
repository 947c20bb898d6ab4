/**
 * Search over places, events and article passages, in Arabic and English (normalized as in
 * normalize.ts). Passages are the sentences of each article's own text and of its appended stories;
 * page furniture is left out. Results keep their original text, with the offsets of passages, so
 * the reader can show them in place.
 */
import type { ArticleMeta, EventRecord, Place } from '@/lib/data/schema';
import { placeToShow } from '@/lib/reports/reports';
import { matchesQuery, searchTerms } from './normalize';

export type SearchHit =
  | { kind: 'place'; id: string; name: Place['name']; primary: boolean }
  | { kind: 'event'; id: string; summary: EventRecord['summary']; date: EventRecord['date']; placeId: string | null }
  | { kind: 'passage'; articleId: string; title: ArticleMeta['title']; start: number; end: number; text: string; appended: boolean };

interface Entry {
  hit: SearchHit;
  terms: string[][];
}

export interface SearchIndex {
  entries: Entry[];
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

export function buildSearchIndex(
  places: readonly Place[],
  events: readonly EventRecord[],
  articles: readonly { meta: ArticleMeta; text: string }[],
): SearchIndex {
  const primary = new Set(places.filter((p) => p.primary).map((p) => p.id));
  const entries: Entry[] = [];
  for (const p of places) {
    entries.push({ hit: { kind: 'place', id: p.id, name: p.name, primary: p.primary }, terms: searchTerms([p.name.en, p.name.ar, ...p.aliases].join(' \n ')) });
  }
  for (const e of events) {
    const text = [e.summary.en, e.summary.ar, ...e.sources.flatMap((s) => [s.quote, s.translation])].join(' \n ');
    entries.push({ hit: { kind: 'event', id: e.id, summary: e.summary, date: e.date, placeId: placeToShow(e, primary) }, terms: searchTerms(text) });
  }
  for (const { meta, text } of articles) {
    for (const part of meta.parts) {
      if (part.kind === 'furniture') continue;
      for (const [start, end] of sentences(text, part.start, part.end)) {
        const passage = text.slice(start, end);
        entries.push({
          hit: { kind: 'passage', articleId: meta.id, title: meta.title, start, end, text: passage, appended: part.kind === 'appended' },
          terms: searchTerms(passage),
        });
      }
    }
  }
  return { entries };
}

/** Places first (primary ones first), then events, then passages; at most `limit` of each kind. */
export function search(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const found = { place: [] as SearchHit[], event: [] as SearchHit[], passage: [] as SearchHit[] };
  for (const { hit, terms } of index.entries) {
    if (found[hit.kind].length < limit && matchesQuery(terms, query)) found[hit.kind].push(hit);
  }
  const places = [...found.place].sort((a, b) => Number(b.kind === 'place' && b.primary) - Number(a.kind === 'place' && a.primary));
  return [...places, ...found.event, ...found.passage];
}
