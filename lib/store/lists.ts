/**
 * The store's lists, a page at a time: events in date order (the feed, a place's reports, "On this
 * date", an article's reports), filtered by the database and paged by a keyset cursor, so that a
 * page costs one range of an index however large the archive is. `total` counts the whole filtered
 * list, so that a page can say "20 of 4,812", and exports stream the same filter page by page.
 */
import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { ArticleMeta, EventRecord } from '@/lib/data/schema';
import { LINK_KINDS, type LinkKind } from '@/lib/reports/reports';

type RelationKind = EventRecord['relations'][number]['kind'];
import type { Store } from './connect';
import type { Database } from './database';
import { outletCounts } from './outlets';
import { selectIn } from './sql';
import { storeError } from './transaction';

export interface EventFilter {
  /** YYYY-MM-DD: events whose dates overlap [from, to]. */
  from?: string;
  to?: string;
  /** Events whose dates include this day. */
  activeOn?: string;
  /** Events that name this place (as place, from, via or to). */
  place?: string;
  status?: readonly string[];
  kind?: readonly string[];
  /** Events with a source from an outlet of this (English) name. */
  outlet?: string;
  /** Events with a source in this article. */
  article?: string;
  /** Plans and deadlines only ('only'), or everything but them ('exclude'). */
  plans?: 'only' | 'exclude';
}

export interface Page<T> {
  items: T[];
  /** The cursor of the next page, or null after the last. */
  next: string | null;
  /** How many items the whole filtered list holds. */
  total: number;
}

/** A page of events, and how many times each corrected one of them has been corrected. */
export interface EventsPage extends Page<EventRecord> {
  edits: Record<string, number>;
}

export const MAX_PAGE = 500;

type Key = [start: string, end: string, id: string];

/** An opaque cursor: the last item's place in the list's order. */
export const encodeCursor = (key: Key) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export function decodeCursor(cursor: string): Key | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(key) && key.length === 3 && key.every((k) => typeof k === 'string') ? (key as Key) : null;
  } catch {
    return null;
  }
}

type EventsQuery = SelectQueryBuilder<Database, 'events', object>;

function filtered(query: EventsQuery, f: EventFilter): EventsQuery {
  let q = query;
  if (f.from) q = q.where('events.date_end', '>=', f.from);
  if (f.to) q = q.where('events.date_start', '<=', f.to);
  if (f.activeOn) q = q.where('events.date_start', '<=', f.activeOn).where('events.date_end', '>=', f.activeOn);
  if (f.status?.length) q = q.where('events.status', 'in', [...f.status]);
  if (f.kind?.length) q = q.where('events.kind', 'in', [...f.kind]);
  if (f.plans) {
    const plan = (eb: ExpressionBuilder<Database, 'events'>) => eb.or([eb('events.status', '=', 'planned'), eb('events.kind', '=', 'deadline')]);
    q = f.plans === 'only' ? q.where(plan) : q.where((eb) => eb.not(plan(eb)));
  }
  // `id in (subquery)`, not a correlated EXISTS: the database reads the few matching ids from the
  // child table's index first, instead of testing every event in date order.
  if (f.place) {
    const place = f.place;
    q = q.where('events.id', 'in', (eb) => eb.selectFrom('event_places').select('event_places.event_id').where('event_places.place_id', '=', place));
  }
  if (f.article) {
    const article = f.article;
    q = q.where('events.id', 'in', (eb) => eb.selectFrom('sources').select('sources.event_id').where('sources.article_id', '=', article));
  }
  if (f.outlet) {
    const outlet = f.outlet;
    q = q.where('events.id', 'in', (eb) =>
      eb.selectFrom('sources').innerJoin('articles', 'articles.id', 'sources.article_id').select('sources.event_id').where('articles.outlet_en', '=', outlet),
    );
  }
  return q;
}

/** One page of the events that pass the filter, in date order (start, end, then id). */
export async function eventsPage(store: Store, filter: EventFilter, limit: number, cursor?: string | null): Promise<EventsPage> {
  try {
    const after = cursor ? decodeCursor(cursor) : null;
    let query = filtered(store.db.selectFrom('events'), filter);
    const count = query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (after) {
      const [start, end, id] = after;
      query = query.where((eb) =>
        eb.or([
          eb('events.date_start', '>', start),
          eb.and([eb('events.date_start', '=', start), eb('events.date_end', '>', end)]),
          eb.and([eb('events.date_start', '=', start), eb('events.date_end', '=', end), eb('events.id', '>', id)]),
        ]),
      );
    }
    const rows = await query
      .select(['events.id', 'events.date_start', 'events.date_end', 'events.record', 'events.version'])
      .orderBy('events.date_start')
      .orderBy('events.date_end')
      .orderBy('events.id')
      .limit(limit + 1)
      .execute();
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => JSON.parse(r.record) as EventRecord),
      next: more && last ? encodeCursor([last.date_start, last.date_end, last.id]) : null,
      total: Number((await count).n),
      edits: Object.fromEntries(page.filter((r) => Number(r.version) > 1).map((r) => [r.id, Number(r.version) - 1])),
    };
  } catch (error) {
    throw storeError(store, error);
  }
}

/** Every event that passes the filter, a page at a time: for exports that stream. */
export async function* eachEvent(store: Store, filter: EventFilter, pageSize = MAX_PAGE): AsyncGenerator<EventRecord> {
  let cursor: string | null = null;
  do {
    const page: EventsPage = await eventsPage(store, filter, pageSize, cursor);
    yield* page.items;
    cursor = page.next;
  } while (cursor);
}

/** The events with these ids, in the order asked. */
export async function eventsById(store: Store, ids: readonly string[]): Promise<EventRecord[]> {
  try {
    const rows = await selectIn([...new Set(ids)], (chunk) => store.db.selectFrom('events').select(['id', 'record']).where('id', 'in', chunk).execute());
    const byId = new Map(rows.map((r) => [r.id, JSON.parse(r.record) as EventRecord]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  } catch (error) {
    throw storeError(store, error);
  }
}

/** The metadata of the articles that a page's events cite, by id: each quote's outlet and date. */
export async function citedArticles(store: Store, events: readonly EventRecord[]): Promise<Record<string, ArticleMeta>> {
  try {
    const ids = [...new Set(events.flatMap((e) => e.sources.map((s) => s.article)))];
    const rows = await selectIn(ids, (chunk) => store.db.selectFrom('articles').select(['id', 'record']).where('id', 'in', chunk).execute());
    return Object.fromEntries(rows.map((r) => [r.id, JSON.parse(r.record) as ArticleMeta]));
  } catch (error) {
    throw storeError(store, error);
  }
}

/** For each event of a page, its links both ways (a denial and what it denies…), with the other event. */
export async function pageLinks(store: Store, events: readonly EventRecord[]): Promise<Record<string, { kind: LinkKind; event: EventRecord }[]>> {
  try {
    const ids = events.map((e) => e.id);
    const incoming = await selectIn(ids, (chunk) => store.db.selectFrom('relations').select(['event_id', 'kind', 'target_id']).where('target_id', 'in', chunk).orderBy('event_id').orderBy('ordinal').execute());
    const outgoing = events.flatMap((e) => e.relations.map((r) => ({ event_id: e.id, kind: r.kind, target_id: r.event })));
    const others = new Map((await eventsById(store, [...incoming.map((r) => r.event_id), ...outgoing.map((r) => r.target_id)])).map((e) => [e.id, e]));
    const links: Record<string, { kind: LinkKind; event: EventRecord }[]> = {};
    const add = (id: string, kind: LinkKind, other: EventRecord | undefined) => other && (links[id] ??= []).push({ kind, event: other });
    for (const r of outgoing) add(r.event_id, LINK_KINDS[r.kind as RelationKind][0], others.get(r.target_id));
    for (const r of incoming) add(r.target_id, LINK_KINDS[r.kind as RelationKind][1], others.get(r.event_id));
    return links;
  } catch (error) {
    throw storeError(store, error);
  }
}

/** A page with, as asked, its events' links both ways and the metadata of the articles they cite (with how many outlets report each event): what a list of reports shows. */
export async function detailedPage(
  store: Store,
  filter: EventFilter,
  limit: number,
  cursor: string | null,
  details: { links?: boolean; articles?: boolean } = { links: true, articles: true },
): Promise<EventsPage & { links?: Record<string, { kind: LinkKind; event: EventRecord }[]>; articles?: Record<string, ArticleMeta>; outlets?: Record<string, number> }> {
  const page = await eventsPage(store, filter, limit, cursor);
  const [links, articles, outlets] = await Promise.all([
    details.links ? pageLinks(store, page.items) : undefined,
    details.articles ? citedArticles(store, page.items) : undefined,
    details.articles ? outletCounts(store, page.items.map((e) => e.id)) : undefined,
  ]);
  return { ...page, ...(links ? { links } : {}), ...(articles ? { articles, outlets } : {}) };
}
