/**
 * Throwaway stores for tests: a SQLite file in a temporary folder, always; and a fresh database on
 * the PostgreSQL server that the test command starts (SITREP_TEST_PG, an admin connection URL).
 * Under CI a missing PostgreSQL fails the run: the PostgreSQL half of the store's tests is never
 * skipped silently there. Call `removeStores` after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openStore, type Dialect, type Store } from '@/lib/store/connect';
import { importFolder } from '@/lib/store/folder';
import { migrateToLatest } from '@/lib/store/migrate';
import { FIXTURE_DIR } from './fixture';

const opened: { store: Store; cleanup: () => Promise<void> }[] = [];
let serial = 0;

export const PG_ADMIN_URL = process.env.SITREP_TEST_PG;

/** The dialects the store's tests run on here: PostgreSQL too when a test server is given. */
export function testDialects(): Dialect[] {
  if (PG_ADMIN_URL) return ['sqlite', 'postgres'];
  if (process.env.CI) throw new Error('SITREP_TEST_PG is not set: under CI the store is tested on PostgreSQL too (scripts/test-all.sh starts one).');
  console.warn('SITREP_TEST_PG is not set: the store is tested on SQLite only. scripts/test-all.sh starts a PostgreSQL for the rest.');
  return ['sqlite'];
}

/** A new, migrated, empty store; `file` is the SQLite file or the PostgreSQL URL, for other processes. */
export async function emptyStore(dialect: Dialect): Promise<{ store: Store; url: string }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-store-'));
    const file = path.join(dir, 'sitrep.sqlite');
    const store = openStore({ dialect: 'sqlite', file });
    await migrateToLatest(store);
    opened.push({ store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) });
    return { store, url: file };
  }
  const name = `sitrep_test_${process.pid}_${++serial}_${Date.now() % 100_000}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL!);
  url.pathname = `/${name}`;
  const store = openStore({ dialect: 'postgres', url: url.toString() });
  await migrateToLatest(store);
  opened.push({
    store,
    cleanup: async () => {
      const client = new Client({ connectionString: PG_ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  });
  return { store, url: url.toString() };
}

export async function removeStores(): Promise<void> {
  for (const { store, cleanup } of opened.splice(0)) {
    await store.close().catch(() => undefined);
    await cleanup();
  }
}

/** A new store holding the test dataset, and the environment that names it for a command or a server. */
export async function seededStore(dialect: Dialect): Promise<{ store: Store; url: string; env: Record<string, string> }> {
  const { store, url } = await emptyStore(dialect);
  await importFolder(store, FIXTURE_DIR, { author: 'test' });
  const env: Record<string, string> = dialect === 'sqlite' ? { SITREP_DB: url, SITREP_DATA_DIR: FIXTURE_DIR } : { DATABASE_URL: url, SITREP_DATA_DIR: FIXTURE_DIR };
  return { store, url, env };
}
