/**
 * Records to rows: what the store's indexed columns and child tables hold for each record. The
 * record itself is kept whole as JSON (`record`); these rows are derived from it on every write and
 * never edited apart from it.
 */
import type { ArticleMeta, Briefing, EventRecord, Place } from '@/lib/data/schema';
import { findQuote } from '@/lib/data/quotes';
import type { ArticlesTable, BriefingEventsTable, EventPlacesTable, EventsTable, PlacesTable, RelationsTable, SourcesTable } from './database';

/** A record as the store keeps it: the validated value, and the JSON written for it. */
export interface Stored<T> {
  value: T;
  json: string;
}

/** A record from a request or a draft: its JSON is the value's own. */
export const stored = <T>(value: T): Stored<T> => ({ value, json: JSON.stringify(value) });

export const placeRow = (place: Stored<Place>, position: number, version: number): PlacesTable => ({
  id: place.value.id,
  position,
  is_primary: place.value.primary ? 1 : 0,
  record: place.json,
  version,
});

export const articleRow = (meta: Stored<ArticleMeta>, text: string, version: number): ArticlesTable => ({
  id: meta.value.id,
  sha256: meta.value.sha256,
  bytes: meta.value.bytes,
  published: meta.value.published.date,
  text,
  outlet_en: meta.value.outlet.en,
  record: meta.json,
  version,
});

export interface EventRows {
  event: EventsTable;
  places: EventPlacesTable[];
  sources: SourcesTable[];
  relations: RelationsTable[];
}

/** The rows of an event; `textOf` gives each cited article's text, to record where each quote is. */
export function eventRows(stored: Stored<EventRecord>, position: number, version: number, textOf: (articleId: string) => string): EventRows {
  const e = stored.value;
  const places: EventPlacesTable[] = [];
  const add = (role: EventPlacesTable['role'], id: string | undefined, ordinal = 0) => id !== undefined && places.push({ event_id: e.id, role, ordinal, place_id: id });
  add('place', e.place);
  add('from', e.from);
  e.via?.forEach((id, i) => add('via', id, i));
  add('to', e.to);
  return {
    event: {
      id: e.id,
      position,
      kind: e.kind,
      status: e.status,
      date_start: e.date.start,
      date_end: e.date.end,
      precision: e.date.precision,
      article_id: e.sources[0]!.article,
      record: stored.json,
      version,
    },
    places,
    sources: e.sources.map((s, i) => {
      // The rules have found the quote exactly once in its article before any row is written.
      const span = findQuote(textOf(s.article), s.quote)[0]!;
      return { event_id: e.id, ordinal: i, article_id: s.article, quote: s.quote, start_offset: span.start, end_offset: span.end };
    }),
    relations: e.relations.map((r, i) => ({ event_id: e.id, ordinal: i, kind: r.kind, target_id: r.event })),
  };
}

/** The events a briefing names: what may not be deleted while it stands. */
export function briefingEventRows(briefing: Briefing): BriefingEventsTable[] {
  const ids = new Set(briefing.steps.flatMap((s) => [...s.cites, ...s.highlight.events]));
  return [...ids].map((event_id) => ({ briefing_id: briefing.id, event_id }));
}

/** One write's records: created or replaced, and the events it deletes (write.ts applies it). */
export interface Change {
  places?: Stored<Place>[];
  articles?: { meta: Stored<ArticleMeta>; text: string }[];
  events?: Stored<EventRecord>[];
  deleteEvents?: string[];
  briefings?: Stored<Briefing>[];
}
