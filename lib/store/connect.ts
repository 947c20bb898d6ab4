/**
 * Opening the store: SQLite in one file by default (var/sitrep.sqlite, or SITREP_DB), PostgreSQL
 * when DATABASE_URL is set. Everything above this module talks to Kysely and never to a driver.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Pool } from 'pg';
import type { Database } from './database';
import { StoreCorruptError, StoreLockedError } from './errors';

export type Dialect = 'sqlite' | 'postgres';

/** SQLite: how long a writer waits for another process's write lock (SITREP_DB_LOCK_WAIT_MS, default 10 s). */
export type StoreConfig = { dialect: 'sqlite'; file: string; lockWaitMs?: number } | { dialect: 'postgres'; url: string };

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The file, or the server and database without the password: for messages. */
  where: string;
  /** The SQLite file's own handle, for a consistent backup while serving. */
  sqlite?: SqliteDatabase.Database;
  /** SQLite: how long a writer waits for another process's write lock. */
  lockWaitMs?: number;
  close(): Promise<void>;
}

/** How long a writer waits for another process's write lock on the SQLite file, by default. */
export const SQLITE_LOCK_WAIT_MS = 10_000;

export const DEFAULT_SQLITE_FILE = 'var/sitrep.sqlite';

export function storeConfig(env: Readonly<Record<string, string | undefined>> = process.env): StoreConfig {
  if (env.DATABASE_URL) return { dialect: 'postgres', url: env.DATABASE_URL };
  const wait = Number(env.SITREP_DB_LOCK_WAIT_MS);
  return { dialect: 'sqlite', file: path.resolve(/*turbopackIgnore: true*/ env.SITREP_DB ?? DEFAULT_SQLITE_FILE), ...(wait > 0 ? { lockWaitMs: wait } : {}) };
}

/** `postgres://user@host:5432/db`, never the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'the PostgreSQL server in DATABASE_URL';
  }
}

function openSqlite(file: string, lockWaitMs: number): SqliteDatabase.Database {
  mkdirSync(path.dirname(file), { recursive: true });
  const existed = existsSync(file);
  let handle: SqliteDatabase.Database | undefined;
  try {
    handle = new SqliteDatabase(file, { timeout: lockWaitMs });
    handle.pragma('journal_mode = WAL');
    if (existed) {
      const verdict = handle.pragma('quick_check', { simple: true });
      if (verdict !== 'ok') throw new StoreCorruptError(file, `its integrity check says: ${String(verdict)}`);
    }
    handle.pragma('foreign_keys = ON');
    handle.pragma('synchronous = NORMAL');
    return handle;
  } catch (error) {
    handle?.close();
    if (error instanceof StoreCorruptError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new StoreCorruptError(file, (error as Error).message, { cause: error });
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new StoreLockedError(file, lockWaitMs, { cause: error });
    throw error;
  }
}

export function openStore(config: StoreConfig = storeConfig()): Store {
  if (config.dialect === 'sqlite') {
    const lockWaitMs = config.lockWaitMs ?? SQLITE_LOCK_WAIT_MS;
    const sqlite = openSqlite(config.file, lockWaitMs);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', where: config.file, sqlite, lockWaitMs, close: () => db.destroy() };
  }
  const pool = new Pool({ connectionString: config.url, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // An idle client that loses its server emits here; without a listener that would end the process.
  pool.on('error', (error) => console.error(`PostgreSQL (${describeUrl(config.url)}): ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', where: describeUrl(config.url), close: () => db.destroy() };
}
