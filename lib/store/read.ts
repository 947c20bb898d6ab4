/**
 * Reading the store: the whole dataset (what every page is built from until pages query only what
 * they show), one event with its version, and an event's history.
 */
import { briefingSchema, type ArticleMeta, type Dataset, type EventRecord, type Place } from '@/lib/data/schema';
import type { Store } from './connect';
import type { RevisionAction } from './database';
import { readTransaction, storeError, type Tx } from './transaction';

/** The store's write counter: it moves on every committed write, and only then. */
export async function storeVersion(store: Store): Promise<number> {
  try {
    const row = await store.db.selectFrom('store_state').select('version').where('id', '=', 1).executeTakeFirstOrThrow();
    return Number(row.version);
  } catch (error) {
    throw storeError(store, error);
  }
}

/** The dataset, and how many times each corrected event has been corrected. */
export interface StoreDataset extends Dataset {
  edits: Record<string, number>;
}

/** Every record, in the order of the files they came from: places and events by position, articles and briefings by id. */
export async function readAll(tx: Tx): Promise<StoreDataset> {
  const [places, events, articles, briefings] = await Promise.all([
    tx.selectFrom('places').select('record').orderBy('position').execute(),
    tx.selectFrom('events').select(['id', 'record', 'version']).orderBy('position').execute(),
    tx.selectFrom('articles').select(['record', 'text']).orderBy('id').execute(),
    tx.selectFrom('briefings').select('record').orderBy('id').execute(),
  ]);
  return {
    places: places.map((r) => JSON.parse(r.record) as Place),
    events: events.map((r) => JSON.parse(r.record) as EventRecord),
    articles: articles.map((r) => ({ meta: JSON.parse(r.record) as ArticleMeta, text: r.text })),
    // Briefings go through their schema again: it fills in the defaults that a file may leave out.
    briefings: briefings.map((r) => briefingSchema.parse(JSON.parse(r.record))),
    edits: Object.fromEntries(events.filter((r) => Number(r.version) > 1).map((r) => [r.id, Number(r.version) - 1])),
  };
}

export async function readStoreDataset(store: Store): Promise<StoreDataset> {
  return readTransaction(store, readAll);
}

export interface VersionedEvent {
  event: EventRecord;
  version: number;
}

/** One stored record of a table and its version, or null when there is none with that id. */
export async function readVersioned<T>(store: Store, table: 'events' | 'briefings', id: string): Promise<{ record: T; version: number } | null> {
  try {
    const row = await store.db.selectFrom(table).select(['record', 'version']).where('id', '=', id).executeTakeFirst();
    return row ? { record: JSON.parse(row.record) as T, version: Number(row.version) } : null;
  } catch (error) {
    throw storeError(store, error);
  }
}

export async function readEvent(store: Store, id: string): Promise<VersionedEvent | null> {
  const found = await readVersioned<EventRecord>(store, 'events', id);
  return found && { event: found.record, version: found.version };
}

export interface Revision {
  version: number;
  action: RevisionAction;
  author: string;
  note: string;
  at: string;
  /** The top-level fields that this revision changed (every field for a creation or a deletion). */
  fields: string[];
  before: unknown;
  after: unknown;
}

/** The fields whose values differ between two versions of a record. */
function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])).sort();
}

/**
 * A record's history, oldest first. Each revision keeps the record as it was before; what it became
 * is the next revision's "before", or the record as it stands now.
 */
export async function readHistory(store: Store, entity: 'event' | 'article' | 'briefing', id: string): Promise<Revision[] | null> {
  return readTransaction(store, async (tx) => {
    const rows = await tx.selectFrom('revisions').selectAll().where('entity', '=', entity).where('entity_id', '=', id).orderBy('id').execute();
    if (rows.length === 0) return null;
    const table = entity === 'event' ? 'events' : entity === 'article' ? 'articles' : 'briefings';
    const now = await tx.selectFrom(table).select('record').where('id', '=', id).executeTakeFirst();
    const states = [...rows.map((r) => r.before), now?.record ?? null].map((json) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>)));
    return rows.map((r, i) => ({
      version: Number(r.version),
      action: r.action,
      author: r.author,
      note: r.note,
      at: r.at,
      fields: changedFields(states[i]!, r.action === 'delete' ? null : states[i + 1]!),
      before: states[i],
      after: r.action === 'delete' ? null : states[i + 1],
    }));
  });
}
