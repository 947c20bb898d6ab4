/** What goes wrong with the database itself: a file missing, corrupt or locked; a server out of reach. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '@/lib/testing/fixture';
import { openStore } from './connect';
import { StoreCorruptError, StoreLockedError, StoreUnavailableError } from './errors';
import { openPreparedStore } from './prepare';
import { readStoreDataset } from './read';
import { writeTransaction } from './transaction';

const scratch: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitrep-faults-'));
  scratch.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite file', () => {
  it('is created, migrated and seeded when it is missing', async () => {
    const file = path.join(folder(), 'nested', 'sitrep.sqlite');
    const store = await openPreparedStore({ SITREP_DB: file, SITREP_DATA_DIR: FIXTURE_DIR });
    expect(existsSync(file)).toBe(true);
    const seeded = await readStoreDataset(store);
    expect(seeded.places.length).toBe(14);
    await store.close();
    // A second start finds it seeded and loads nothing twice.
    const again = await openPreparedStore({ SITREP_DB: file, SITREP_DATA_DIR: FIXTURE_DIR });
    expect((await readStoreDataset(again)).events.length).toBe(seeded.events.length);
    await again.close();
  });

  it('is refused when it is not a database, naming the file and how to restore', () => {
    const file = path.join(folder(), 'sitrep.sqlite');
    writeFileSync(file, 'this is not a database, but a file of text that happens to be here'.repeat(100));
    expect(() => openStore({ dialect: 'sqlite', file })).toThrow(StoreCorruptError);
    expect(() => openStore({ dialect: 'sqlite', file })).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a sound Sitrep database.*npm run db:backup`));
  });

  it('makes a writer wait for another process’s write lock, then says clearly that it is locked', async () => {
    const file = path.join(folder(), 'sitrep.sqlite');
    const holder = await openPreparedStore({ SITREP_DB: file, SITREP_DATA_DIR: FIXTURE_DIR });
    const waiter = openStore({ dialect: 'sqlite', file, lockWaitMs: 300 });
    // The holder takes the write lock on its own connection, as another process would.
    holder.sqlite!.prepare('begin immediate').run();
    const started = Date.now();
    const error = await writeTransaction(waiter, async (tx) => void (await sql`select 1`.execute(tx))).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as Error).message).toMatch(/is locked by another process/);
    holder.sqlite!.prepare('rollback').run();
    await writeTransaction(waiter, async (tx) => void (await sql`select 1`.execute(tx)));
    await waiter.close();
    await holder.close();
  });
});

describe('a PostgreSQL server out of reach', () => {
  it('is a StoreUnavailableError that says which server, without the password', async () => {
    const error = await openPreparedStore({ DATABASE_URL: 'postgres://sitrep:secret@127.0.0.1:1/sitrep', SITREP_DATA_DIR: FIXTURE_DIR }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(/^The database \(postgres:\/\/sitrep@127\.0\.0\.1:1\/sitrep\) cannot be reached/);
    expect((error as Error).message).not.toContain('secret');
  });
});
