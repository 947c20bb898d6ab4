/**
 * Migrations: numbered modules of `up`/`down` in lib/store/migrations/, run in order at start and by
 * `npm run db:migrate`. Kysely's migrator records what ran and takes a lock, so two servers that
 * start together on one PostgreSQL database do not both migrate it.
 */
import { Migrator, type Migration } from 'kysely';
import type { Store } from './connect';
import * as initial from './migrations/0001-initial';
import * as search from './migrations/0002-search';
import * as lists from './migrations/0003-lists';

function migrations(store: Store): Record<string, Migration> {
  return {
    '0001-initial': { up: (db) => initial.up(db, store.dialect), down: (db) => initial.down(db) },
    '0002-search': { up: (db) => search.up(db, store.dialect), down: (db) => search.down(db) },
    '0003-lists': { up: (db) => lists.up(db), down: (db) => lists.down(db) },
  };
}

/** Brings the store's layout up to date; resolves to the names of the migrations that ran. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => migrations(store) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
