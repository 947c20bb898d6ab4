/**
 * The store's tables as Kysely sees them: one typed interface, the same on SQLite and PostgreSQL.
 * Each record (place, event, article, briefing, draft) is kept whole in `record` as the JSON that
 * the schema (lib/data/schema.ts) validated, in the key order it came in, so that exporting gives
 * back the files byte for byte. The other columns are what queries filter, join and sort on, and
 * what the database can enforce itself: keys, uniques, foreign keys and checks.
 */
import type { Generated } from 'kysely';

/** A JSON document, stored as text on both databases. */
type Json = string;

export interface StoreStateTable {
  id: number;
  /** Counts every committed write: caches compare it, and reload when it moved. */
  version: number;
}

export interface PlacesTable {
  id: string;
  /** The order of places.json. */
  position: number;
  is_primary: number;
  record: Json;
  version: number;
}

export interface ArticlesTable {
  id: string;
  sha256: string;
  bytes: number;
  /** The publication date (its first day), for ordering and ranges. */
  published: string;
  text: string;
  /** The outlet's English name: the feed filters by it. */
  outlet_en: string;
  /** The metadata, parts included: data/articles/<id>.json. */
  record: Json;
  version: number;
}

export interface EventsTable {
  id: string;
  /** The order of events.json. */
  position: number;
  kind: string;
  status: string;
  date_start: string;
  date_end: string;
  precision: string;
  /** The article of the first source: what "the event's article" means in lists. */
  article_id: string;
  record: Json;
  version: number;
}

/** Every place an event names, by role: what "events at a place" asks. */
export interface EventPlacesTable {
  event_id: string;
  role: 'place' | 'from' | 'via' | 'to';
  /** The place's position among the event's places of that role (via has several). */
  ordinal: number;
  place_id: string;
}

/** Each quote, where it is in its article: [start, end) in UTF-16 code units. */
export interface SourcesTable {
  event_id: string;
  ordinal: number;
  article_id: string;
  quote: string;
  start_offset: number;
  end_offset: number;
}

export interface RelationsTable {
  event_id: string;
  ordinal: number;
  kind: string;
  target_id: string;
}

export interface BriefingsTable {
  id: string;
  record: Json;
  version: number;
}

/** The events a briefing cites or highlights, so that one cannot be deleted from under it. */
export interface BriefingEventsTable {
  briefing_id: string;
  event_id: string;
}

export type DraftState = 'pending' | 'accepted' | 'rejected';

export interface DraftsTable {
  /** The article id the draft will have when accepted. */
  id: string;
  sha256: string;
  text: string;
  /** The draft (lib/ingest/draft-file.ts): article metadata, events with their review state. */
  record: Json;
  state: DraftState;
  version: number;
  created_at: string;
  created_by: string;
  /** Who accepted or rejected it, and when. */
  decided_at: string | null;
  decided_by: string | null;
}

export type RevisionEntity = 'place' | 'event' | 'article' | 'briefing' | 'draft';
export type RevisionAction = 'create' | 'update' | 'delete';

/** The history: one row per change of a record, never updated or deleted. */
export interface RevisionsTable {
  id: Generated<number>;
  entity: RevisionEntity;
  entity_id: string;
  /** The record's version after the change (for a deletion, the version it had). */
  version: number;
  action: RevisionAction;
  author: string;
  note: string;
  at: string;
  /** What changed: the record before and after (null for what did not exist). */
  before: Json | null;
  after: Json | null;
}

export interface Database {
  store_state: StoreStateTable;
  places: PlacesTable;
  articles: ArticlesTable;
  events: EventsTable;
  event_places: EventPlacesTable;
  sources: SourcesTable;
  relations: RelationsTable;
  briefings: BriefingsTable;
  briefing_events: BriefingEventsTable;
  drafts: DraftsTable;
  revisions: RevisionsTable;
}

