import type { ArticleMeta, EventRecord, Place } from '@/lib/data/schema';

/** Bodies of the JSON API, shared by the route handlers' callers. */
export interface PlacesResponse {
  count: number;
  places: Place[];
}

export interface EventsResponse {
  count: number;
  events: EventRecord[];
}

export interface ArticleResponse {
  article: ArticleMeta;
  text: string;
}

export interface ApiErrorBody {
  error: { status: number; code: string; message: string; param?: string };
}
