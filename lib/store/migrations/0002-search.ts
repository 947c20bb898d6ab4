/**
 * The full-text index (lib/store/search.ts reads and writes it; docs/store.md, "Search"). Written
 * once and never edited. `search_entries` holds one row per place, event and article passage, and
 * `search_vocab` every word form indexed, on both databases; the forms of each entry are kept, on
 * SQLite, in one FTS5 table per kind and, on PostgreSQL, in a tsvector column with a GIN index per
 * kind. A store that already holds data is indexed here, in the same step.
 */
import { sql, type Kysely } from 'kysely';
import { rebuildSearchIndex } from '../search';

// A migration runs on the database as it is, not as the app's types say it is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const KINDS = ['place', 'event', 'passage'];
const FTS_TABLES = ['search_places', 'search_events', 'search_passages'];

export async function up(db: AnyDb, dialect: 'sqlite' | 'postgres'): Promise<void> {
  // PostgreSQL runs each migration in a transaction; on SQLite this one takes the write lock itself,
  // so that no write lands between the tables' creation and their filling, and a failure leaves none.
  if (dialect === 'sqlite') await sql`begin immediate`.execute(db);
  try {
    await db.schema
      .createTable('search_entries')
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`${sql.ref('kind')} in (${sql.join(KINDS.map((k) => sql.lit(k)))})`))
      // The entry's key: the order results are read in (see search.ts).
      .addColumn('id', 'bigint', (c) => c.notNull())
      // The place, event or article it belongs to.
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('start_offset', 'integer')
      .addColumn('end_offset', 'integer')
      .$call((t) => (dialect === 'postgres' ? t.addColumn('terms', sql`tsvector`, (c) => c.notNull()) : t))
      .addPrimaryKeyConstraint('search_entries_key', ['kind', 'id'])
      .execute();
    await db.schema.createIndex('search_entries_ref').on('search_entries').columns(['kind', 'ref']).execute();
    if (dialect === 'postgres') {
      for (const kind of KINDS)
        await db.schema.createIndex(`search_entries_terms_${kind}`).on('search_entries').using('gin').column('terms').where(sql.ref('kind'), '=', kind).execute();
    } else {
      // Contentless (the forms are not needed back), rowids only (no positions: no phrase is ever
      // asked), the ascii tokenizer (which takes every non-ASCII character as part of a word, so
      // that each form is one token exactly), and prefix indexes for starts of 1–3 characters.
      for (const table of FTS_TABLES)
        await sql`create virtual table ${sql.table(table)} using fts5(terms, content='', contentless_delete=1, detail=none, tokenize='ascii', prefix='1 2 3')`.execute(db);
    }
    // Every form ever indexed, in byte order (PostgreSQL's "C" collation; SQLite's own): the words a
    // query word may start are one range of it.
    await db.schema
      .createTable('search_vocab')
      .addColumn('term', 'text', (c) => (dialect === 'postgres' ? c.modifyFront(sql`collate "C"`) : c).primaryKey())
      .$call((t) => (dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
      .execute();
    await rebuildSearchIndex(db);
    if (dialect === 'sqlite') await sql`commit`.execute(db);
  } catch (error) {
    if (dialect === 'sqlite') await sql`rollback`.execute(db).catch(() => undefined);
    throw error;
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [...FTS_TABLES, 'search_vocab']) await db.schema.dropTable(table).ifExists().execute();
  await db.schema.dropTable('search_entries').execute();
}
