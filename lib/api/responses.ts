import type { ArticleMeta, Briefing, EventRecord, Place } from '@/lib/data/schema';
import type { ChangeKind } from '@/lib/reports/compare';
import type { BriefingContext } from '@/lib/store/briefings';
import type { EventLink } from '@/lib/reports/reports';
import type { SearchHit } from '@/lib/search/search';

/** The API's paths, which also serve as SWR keys. */
export const API_PATHS = { places: '/api/places', events: '/api/events', articles: '/api/articles', status: '/api/status' } as const;

/** The map's summary (lib/map/archive-layers.ts): also its SWR key. */
export const MAP_PATH = '/api/map';

/** Bodies of the JSON API, shared by the route handlers' callers. */
export interface PlacesResponse {
  count: number;
  places: Place[];
}

/** One page of a list: `next` is the cursor of the page after it (null after the last). */
export interface PageResponse<T> {
  items: T[];
  next: string | null;
  total: number;
}

/** GET /api/events (JSON): a page of events, with `links=1` their links and with `articles=1` their articles and outlet counts. */
export interface EventsResponse extends PageResponse<EventRecord> {
  /** How many times each corrected event of the page has been corrected (its history: /api/events/:id/history). */
  edits: Record<string, number>;
  links?: Record<string, EventLink[]>;
  articles?: Record<string, ArticleMeta>;
  /** With `articles=1`: how many outlets report each event that more than one reports. */
  outlets?: Record<string, number>;
}

/** GET /api/articles: a page of article metadata, in id order. */
export type ArticlesResponse = PageResponse<ArticleMeta>;

export interface ArticleResponse {
  article: ArticleMeta;
  text: string;
}

export interface BriefingResponse {
  briefing: Briefing;
}

/** The SWR key (and API path) of one briefing. */

/** GET /api/search: a page of results, places first (primary ones first), then events, then passages. */
export interface SearchResponse {
  query: string;
  items: SearchHit[];
  /** The cursor of the page after this one (`?cursor=`), opaque; null after the last. */
  next: string | null;
  /** How many results there are in all: exact up to 1,000; past that, 1,000 and `more`. */
  total: import('@/lib/search/search').SearchTotal;
}

/** GET /api/status. */
export interface DataStatus {
  /** False while the database cannot be reached; pages then say so. */
  available: boolean;
  /** Why not, in a sentence. */
  message?: string;
  /** Whether this server writes (development, or SITREP_EDIT=1): pages offer editing only then. */
  editable: boolean;
}

export interface ApiErrorBody {
  error: { status: number; code: string; message: string; param?: string };
}

/** GET /api/places/:id/changes: what changed at a place between two dates. */
export interface PlaceChangesResponse {
  items: { kind: ChangeKind; at: number; event: EventRecord }[];
  total: number;
}

/** The path of a place's changes from `a` to `b` (YYYY-MM-DD). */
export const placeChangesPath = (place: string, a: string, b: string) => `/api/places/${encodeURIComponent(place)}/changes?a=${a}&b=${b}`;

/** The reports that quote an article (all of them: an article has tens at most). */
export const articleEventsPath = (article: string) => `/api/events?article=${encodeURIComponent(article)}&limit=500`;

/** GET /api/briefings/:id/context. */
export interface BriefingContextResponse extends BriefingContext {
  briefing: Briefing;
}

/** The path of a briefing's context; `since` asks for the events added after that mark. */
export const briefingContextPath = (id: string, since?: number) => `/api/briefings/${encodeURIComponent(id)}/context${since === undefined ? '' : `?since=${since}`}`;
