/**
 * A store ready to use: opened, its layout migrated, and, when it holds nothing yet, loaded from the
 * seed folder (data/, or SITREP_DATA_DIR). Both the server and the command-line tools start here,
 * so the first of them to run does the set-up.
 */
import path from 'node:path';
import { openStore, storeConfig, type Store } from './connect';
import { seedIfEmpty } from './folder';
import { migrateToLatest } from './migrate';
import { storeError } from './transaction';

/** The folder a new, empty store is loaded from: SITREP_DATA_DIR names it (tests use the fixture). */
export function seedDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.SITREP_DATA_DIR ?? path.join(process.cwd(), 'data'));
}

/** `notice` hears that a new store was loaded: stdout by default, stderr for a command whose stdout is data. */
export async function prepareStore(store: Store, seed: string = seedDir(), notice: (line: string) => void = console.info): Promise<{ migrations: string[]; seeded: boolean }> {
  const migrations = await migrateToLatest(store);
  const seeded = await seedIfEmpty(store, seed);
  if (seeded) notice(`Loaded ${seed} into the store (${store.where}): ${seeded.created} records.`);
  return { migrations, seeded: seeded !== null };
}

/** Opens the store the environment names and prepares it; closes it again if that fails. */
export async function openPreparedStore(env: Readonly<Record<string, string | undefined>> = process.env, notice?: (line: string) => void): Promise<Store> {
  const store = openStore(storeConfig(env));
  try {
    await prepareStore(store, seedDir(env), notice);
    return store;
  } catch (error) {
    await store.close().catch(() => undefined);
    throw storeError(store, error);
  }
}
