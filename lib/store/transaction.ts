/**
 * Every write is one transaction, and writes take turns: SQLite's BEGIN IMMEDIATE takes the file's
 * write lock at once (so two processes never both read, then both write), and on PostgreSQL a
 * transaction-scoped advisory lock does the same for every app server sharing the database. A
 * check of what is already stored (an id taken, a draft already accepted) therefore sees every
 * write committed before it, and parallel writers add exactly what they would one after another.
 * Writes are short (one draft, one edit, one import), so taking turns costs little.
 */
import { sql, type Kysely } from 'kysely';
import { SQLITE_LOCK_WAIT_MS, type Store } from './connect';
import type { Database } from './database';
import { StoreLockedError, StoreUnavailableError, isUnreachable } from './errors';

/** The advisory lock every writer on a PostgreSQL store takes: "sitrep" in ASCII. */
const WRITE_LOCK = 0x73697472;

export type Tx = Kysely<Database>;

export async function writeTransaction<T>(store: Store, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await store.db.connection().execute(async (tx) => {
      if (store.dialect === 'sqlite') await sql`begin immediate`.execute(tx);
      else {
        await sql`begin`.execute(tx);
        await sql`select pg_advisory_xact_lock(${WRITE_LOCK})`.execute(tx);
      }
      try {
        const result = await work(tx);
        await tx.updateTable('store_state').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
        await sql`commit`.execute(tx);
        return result;
      } catch (error) {
        await sql`rollback`.execute(tx).catch(() => undefined);
        throw error;
      }
    });
  } catch (error) {
    throw storeError(store, error);
  }
}

/** Reads that must see one moment of the store (several queries, none torn by a write between them). */
export async function readTransaction<T>(store: Store, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    const tx = store.db.transaction();
    return await (store.dialect === 'postgres' ? tx.setIsolationLevel('repeatable read') : tx).execute(work);
  } catch (error) {
    throw storeError(store, error);
  }
}

/** A driver's error as one of the store's own, where it is one; anything else unchanged. */
export function storeError(store: Store, error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreLockedError(store.where, store.lockWaitMs ?? SQLITE_LOCK_WAIT_MS, { cause: error });
  if (isUnreachable(error) && !(error instanceof StoreUnavailableError))
    return new StoreUnavailableError(`The database (${store.where}) cannot be reached: ${(error as Error).message || String(code)}`, { cause: error });
  return error;
}
