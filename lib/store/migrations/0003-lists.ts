/**
 * What the paginated lists ask of the events: the outlet of each article as a column (the feed
 * filters by it), and an index in the lists' own order (by dates, then id) so that each page is one
 * range of an index, whatever the archive's size.
 */
import type { Kysely } from 'kysely';

// A migration runs on the database as it is, not as the app's types say it is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('articles').addColumn('outlet_en', 'text', (c) => c.notNull().defaultTo('')).execute();
  for (const row of await db.selectFrom('articles').select(['id', 'record']).execute()) {
    const outlet = (JSON.parse(row.record as string) as { outlet?: { en?: string } }).outlet?.en ?? '';
    await db.updateTable('articles').set({ outlet_en: outlet }).where('id', '=', row.id).execute();
  }
  await db.schema.createIndex('articles_outlet').on('articles').column('outlet_en').execute();
  await db.schema.createIndex('events_in_order').on('events').columns(['date_start', 'date_end', 'id']).execute();
  // "Active on a day": start ≤ day ≤ end, searched from the end.
  await db.schema.createIndex('events_ends').on('events').columns(['date_end', 'date_start']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('events_ends').execute();
  await db.schema.dropIndex('events_in_order').execute();
  await db.schema.dropIndex('articles_outlet').execute();
  await db.schema.alterTable('articles').dropColumn('outlet_en').execute();
}
