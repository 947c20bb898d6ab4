import type { ArticleMeta, Briefing, EventRecord, Place } from '@/lib/data/schema';
import type { SearchHit } from '@/lib/search/search';

/** The API's paths, which also serve as SWR keys. */
export const API_PATHS = { places: '/api/places', events: '/api/events', articles: '/api/articles', status: '/api/status' } as const;

/** Bodies of the JSON API, shared by the route handlers' callers. */
export interface PlacesResponse {
  count: number;
  places: Place[];
}

export interface EventsResponse {
  count: number;
  events: EventRecord[];
  /** How many times each event that was ever corrected has been (its history: /api/events/:id/history). */
  edits?: Record<string, number>;
}

export interface ArticlesResponse {
  count: number;
  articles: ArticleMeta[];
}

export interface ArticleResponse {
  article: ArticleMeta;
  text: string;
}

export interface BriefingResponse {
  briefing: Briefing;
}

/** The SWR key (and API path) of one briefing. */
export const briefingPath = (id: string) => `/api/briefings/${encodeURIComponent(id)}`;

export interface SearchResponse {
  query: string;
  count: number;
  results: SearchHit[];
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
