/**
 * The feed: every report in time order, filtered by place, kind, status, outlet and date range. The
 * filters live in the URL, so a filtered feed can be shared and restored. The store filters and
 * pages (GET /api/events, lib/store/lists.ts), so the feed costs one page whatever the archive's
 * size; this module turns the URL into that query, and reads the few choices its filter bar offers.
 */
import { eventPlaceIds } from '@/lib/events/places';
import { EVENT_KINDS, EVENT_STATUSES, type ArticleMeta, type EventRecord, type Place } from '@/lib/data/schema';
import type { Store } from '@/lib/store/connect';
import type { EventFilter } from '@/lib/store/lists';
import { selectIn } from '@/lib/store/sql';
import { isIsoDate } from '@/lib/time/date';
import { applyChanges } from '@/lib/url/location';

export interface FeedFilters {
  place: string | null;
  kind: EventRecord['kind'] | null;
  status: EventRecord['status'] | null;
  /** An outlet's English name. */
  outlet: string | null;
  /** YYYY-MM-DD, inclusive: a report is kept when its dates overlap [from, to]. */
  from: string | null;
  to: string | null;
}

export const FEED_KEYS = ['place', 'kind', 'status', 'outlet', 'from', 'to'] as const;
export type FeedKey = (typeof FEED_KEYS)[number];

/** A name in both languages. */
type Names = Place['name'];

/** What the filter bar offers: the places that events name, the outlets, and which places are primary. */
export interface FeedChoices {
  places: { id: string; name: Names }[];
  outlets: Names[];
  /** The primary places' ids: a report opens the dashboard at one of these when it names one. */
  primary: string[];
}

/** The first page the server renders; later pages come as the list scrolls. */
export const FIRST_PAGE = 30;
export const NEXT_PAGE = 50;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => (value !== null && (values as readonly string[]).includes(value) ? (value as T) : null);

/**
 * The filters in a query string. Unknown values are dropped, never an error, so a stale link still
 * opens: a kind or status that does not exist, a date that is not a real YYYY-MM-DD, and, given the
 * filter bar's choices, a place that no event names or an outlet that no article has.
 */
export function parseFeedFilters(params: URLSearchParams, choices?: Pick<FeedChoices, 'places' | 'outlets'>): FeedFilters {
  const get = (key: FeedKey) => params.get(key) || null;
  const date = (key: 'from' | 'to') => {
    const value = get(key);
    return value && isIsoDate(value) ? value : null;
  };
  const place = get('place');
  const outlet = get('outlet');
  return {
    place: place && (!choices || choices.places.some((p) => p.id === place)) ? place : null,
    kind: oneOf(EVENT_KINDS, get('kind')),
    status: oneOf(EVENT_STATUSES, get('status')),
    outlet: outlet && (!choices || choices.outlets.some((o) => o.en === outlet)) ? outlet : null,
    from: date('from'),
    to: date('to'),
  };
}

/** The filters as URL parameters: null for those not set, so that writing them clears the rest. */
export const feedParams = (f: FeedFilters): Record<FeedKey, string | null> => ({ place: f.place, kind: f.kind, status: f.status, outlet: f.outlet, from: f.from, to: f.to });

/** A range that ends before it starts overlaps no report: the feed is empty without asking (the API refuses it). */
export const matchesNothing = (f: FeedFilters): boolean => f.from !== null && f.to !== null && f.from > f.to;

/** The store's filter for the feed's filters: what the server page asks for the first screen. */
export const feedEventFilter = (f: FeedFilters): EventFilter => ({
  ...(f.place ? { place: f.place } : {}),
  ...(f.kind ? { kind: [f.kind] } : {}),
  ...(f.status ? { status: [f.status] } : {}),
  ...(f.outlet ? { outlet: f.outlet } : {}),
  ...(f.from ? { from: f.from } : {}),
  ...(f.to ? { to: f.to } : {}),
});

/** The feed's filters as a GET /api/events query string (without "?"), with the page or format asked for. */
export function eventsQuery(f: FeedFilters, ask: { format: 'csv' | 'geojson' } | { limit: number; cursor?: string | null }): string {
  const page = 'format' in ask ? { format: ask.format } : { limit: String(ask.limit), cursor: ask.cursor, links: '1', articles: '1' };
  return applyChanges('', { ...feedParams(f), ...page });
}

/** The URL of one page of the feed: also its SWR key, so the server and the browser must build it alike. */
export const feedPageUrl = (f: FeedFilters, cursor: string | null): string => `/api/events?${eventsQuery(f, { limit: cursor ? NEXT_PAGE : FIRST_PAGE, cursor })}`;

/** The URL of an export of every report that passes the filters, not only the pages loaded. */
export const feedExportUrl = (f: FeedFilters, format: 'csv' | 'geojson'): string => `/api/events?${eventsQuery(f, { format })}`;

/**
 * The filter bar's choices, in three small queries: the places that events name (in places.json's
 * order), each outlet once with its Arabic name (from one of its articles), and the primary places.
 */
export async function feedChoices(store: Store): Promise<FeedChoices> {
  const [places, outlets, primary] = await Promise.all([
    store.db
      .selectFrom('places')
      .select(['places.id', 'places.record'])
      .where((eb) => eb.exists(eb.selectFrom('event_places').select('event_places.place_id').whereRef('event_places.place_id', '=', 'places.id')))
      .orderBy('places.position')
      .execute(),
    store.db
      .selectFrom('articles')
      .select((eb) => ['articles.outlet_en', eb.fn.min('articles.id').as('id')])
      .where('articles.outlet_en', '<>', '')
      .groupBy('articles.outlet_en')
      .orderBy('articles.outlet_en')
      .execute(),
    store.db.selectFrom('places').select('places.id').where('places.is_primary', '=', 1).orderBy('places.position').execute(),
  ]);
  const ids = outlets.map((o) => String(o.id));
  const records = await selectIn(ids, (chunk) => store.db.selectFrom('articles').select(['id', 'record']).where('id', 'in', chunk).execute());
  const outletOf = new Map(records.map((r) => [r.id, (JSON.parse(r.record) as ArticleMeta).outlet]));
  return {
    places: places.map((r) => ({ id: r.id, name: (JSON.parse(r.record) as Place).name })),
    outlets: ids.flatMap((id) => outletOf.get(id) ?? []),
    primary: primary.map((r) => r.id),
  };
}

/**
 * The same filter over records in memory, in the same order. The pages ask the store instead; this
 * stays for the fixture's reachability test (reach.test.ts), which walks the whole small dataset.
 */
export function feedEvents(events: readonly EventRecord[], articles: readonly ArticleMeta[], f: FeedFilters): EventRecord[] {
  const outlets = new Map(articles.map((a) => [a.id, a.outlet.en]));
  return events
    .filter(
      (e) =>
        (!f.place || eventPlaceIds(e).includes(f.place)) &&
        (!f.kind || e.kind === f.kind) &&
        (!f.status || e.status === f.status) &&
        (!f.outlet || e.sources.some((s) => outlets.get(s.article) === f.outlet)) &&
        (!f.from || e.date.end >= f.from) &&
        (!f.to || e.date.start <= f.to),
    )
    .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.date.end.localeCompare(b.date.end) || a.id.localeCompare(b.id));
}
