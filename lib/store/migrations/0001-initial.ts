/**
 * The first layout of the store. Written once and never edited: a later change is a new numbered
 * migration. Portable between SQLite and PostgreSQL (text dates as ISO strings, integers for
 * booleans); the only difference is how an auto-numbered key is spelt.
 */
import { sql, type Kysely } from 'kysely';

// A migration runs on the database as it is, not as the app's types say it is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** `column in ('a', 'b')` for a check constraint, the column quoted (several are keywords in SQL). */
const oneOf = (column: string, values: readonly string[]) => sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
const atLeast = (column: string, n: number) => sql`${sql.ref(column)} >= ${sql.lit(n)}`;

// The schema's enums as they were when this migration was written (lib/data/schema.ts).
const EVENT_KINDS = ['movement', 'withdrawal', 'strike', 'attack', 'handover', 'statement', 'agreement', 'deadline', 'posture', 'exercise', 'disarmament'];
const EVENT_STATUSES = ['reported', 'claimed', 'planned', 'denied', 'confirmed'];
const DATE_PRECISIONS = ['day', 'month', 'range', 'year'];
const RELATION_KINDS = ['denies', 'contradicts', 'updates', 'same-as'];

export async function up(db: AnyDb, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.schema
    .createTable('store_state')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`${sql.ref('id')} = 1`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('store_state').values({ id: 1, version: 0 }).execute();

  await db.schema
    .createTable('places')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull().unique())
    .addColumn('is_primary', 'integer', (c) => c.notNull().check(sql`${sql.ref('is_primary')} in (0, 1)`))
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(atLeast('version', 1)))
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull().unique())
    .addColumn('bytes', 'integer', (c) => c.notNull().check(atLeast('bytes', 1)))
    .addColumn('published', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(atLeast('version', 1)))
    .execute();
  await db.schema.createIndex('articles_published').on('articles').column('published').execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', EVENT_KINDS)))
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', EVENT_STATUSES)))
    .addColumn('date_start', 'text', (c) => c.notNull())
    .addColumn('date_end', 'text', (c) => c.notNull())
    .addColumn('precision', 'text', (c) => c.notNull().check(oneOf('precision', DATE_PRECISIONS)))
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(atLeast('version', 1)))
    .addCheckConstraint('events_dates_in_order', sql`${sql.ref('date_start')} <= ${sql.ref('date_end')}`)
    .execute();
  await db.schema.createIndex('events_dates').on('events').columns(['date_start', 'date_end']).execute();
  await db.schema.createIndex('events_status').on('events').column('status').execute();
  await db.schema.createIndex('events_kind').on('events').column('kind').execute();
  await db.schema.createIndex('events_article').on('events').column('article_id').execute();

  await db.schema
    .createTable('event_places')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', ['place', 'from', 'via', 'to'])))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('place_id', 'text', (c) => c.notNull().references('places.id'))
    .addPrimaryKeyConstraint('event_places_key', ['event_id', 'role', 'ordinal'])
    .execute();
  await db.schema.createIndex('event_places_place').on('event_places').columns(['place_id', 'event_id']).execute();

  await db.schema
    .createTable('sources')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sources_key', ['event_id', 'ordinal'])
    .addCheckConstraint('sources_offsets_in_order', sql`${sql.ref('start_offset')} >= 0 and ${sql.ref('start_offset')} < ${sql.ref('end_offset')}`)
    .execute();
  await db.schema.createIndex('sources_article').on('sources').column('article_id').execute();

  await db.schema
    .createTable('relations')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', RELATION_KINDS)))
    .addColumn('target_id', 'text', (c) => c.notNull().references('events.id'))
    .addPrimaryKeyConstraint('relations_key', ['event_id', 'ordinal'])
    .addCheckConstraint('relations_not_to_itself', sql`${sql.ref('event_id')} <> ${sql.ref('target_id')}`)
    .execute();
  await db.schema.createIndex('relations_target').on('relations').columns(['target_id', 'kind']).execute();

  await db.schema
    .createTable('briefings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(atLeast('version', 1)))
    .execute();
  await db.schema
    .createTable('briefing_events')
    .addColumn('briefing_id', 'text', (c) => c.notNull().references('briefings.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addPrimaryKeyConstraint('briefing_events_key', ['briefing_id', 'event_id'])
    .execute();
  await db.schema.createIndex('briefing_events_event').on('briefing_events').column('event_id').execute();

  await db.schema
    .createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(oneOf('state', ['pending', 'accepted', 'rejected'])))
    .addColumn('version', 'integer', (c) => c.notNull().check(atLeast('version', 1)))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema.createIndex('drafts_state').on('drafts').columns(['state', 'id']).execute();
  await db.schema.createIndex('drafts_sha256').on('drafts').column('sha256').execute();

  await db.schema
    .createTable('revisions')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('entity', 'text', (c) => c.notNull().check(oneOf('entity', ['place', 'event', 'article', 'briefing', 'draft'])))
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().check(oneOf('action', ['create', 'update', 'delete'])))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('revisions_entity').on('revisions').columns(['entity', 'entity_id', 'id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['revisions', 'drafts', 'briefing_events', 'briefings', 'relations', 'sources', 'event_places', 'events', 'articles', 'places', 'store_state'])
    await db.schema.dropTable(table).execute();
}
