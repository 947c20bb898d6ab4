/**
 * The feed: every report in time order, filtered by place, kind, status, outlet and date range. The
 * filters live in the URL, so a filtered feed can be shared and restored.
 */
import { eventPlaceIds } from '@/lib/events/places';
import { EVENT_KINDS, EVENT_STATUSES, type ArticleMeta, type EventRecord } from '@/lib/data/schema';

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
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in a query string; unknown values are dropped, so a stale link still opens. */
export function parseFeedFilters(params: URLSearchParams): FeedFilters {
  const get = (key: string) => params.get(key) || null;
  const kind = get('kind');
  const status = get('status');
  const date = (key: string) => {
    const value = get(key);
    return value && DATE.test(value) ? value : null;
  };
  return {
    place: get('place'),
    kind: kind && (EVENT_KINDS as readonly string[]).includes(kind) ? (kind as FeedFilters['kind']) : null,
    status: status && (EVENT_STATUSES as readonly string[]).includes(status) ? (status as FeedFilters['status']) : null,
    outlet: get('outlet'),
    from: date('from'),
    to: date('to'),
  };
}

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
