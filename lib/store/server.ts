import 'server-only';
/**
 * The server's store and the dataset read from it. One store per server process, opened on first
 * use (or at start, by instrumentation.ts); if the database cannot be reached, the next request
 * tries again, so the server recovers without a restart when it is back. The dataset is read again
 * only when the store's write counter has moved: one small query per request sees every write,
 * from this server, another server or the command line.
 */
import type { DataStatus } from '@/lib/api/responses';
import { canEdit } from '@/lib/api/writes';
import { storeConfig, type Store } from './connect';
import { StoreUnavailableError, isUnreachable } from './errors';
import { openPreparedStore } from './prepare';
import { readStoreDataset, storeVersion, type StoreDataset } from './read';

/** The store being opened or open, for the configuration it was opened with. */
let opening: { config: string; store: Promise<Store> } | undefined;

export function serverStore(): Promise<Store> {
  // Keyed by the configuration, so that tests that point the environment at another store get it.
  const config = JSON.stringify(storeConfig());
  if (opening?.config !== config) {
    const store = openPreparedStore();
    const attempt = { config, store };
    opening = attempt;
    store.catch(() => {
      if (opening === attempt) opening = undefined;
    });
  }
  return opening.store;
}

let cached: { store: Store; version: number; dataset: Promise<StoreDataset> } | undefined;

/** The dataset as the store holds it now. Rejects with a StoreUnavailableError while the database is unreachable. */
export async function loadDataset(): Promise<StoreDataset> {
  try {
    const store = await serverStore();
    const version = await storeVersion(store);
    if (cached?.store !== store || cached.version !== version) {
      const dataset = readStoreDataset(store);
      cached = { store, version, dataset };
      dataset.catch(() => {
        if (cached?.dataset === dataset) cached = undefined;
      });
    }
    return await cached.dataset;
  } catch (error) {
    throw isUnreachable(error) && !(error instanceof StoreUnavailableError) ? new StoreUnavailableError(`The database cannot be reached: ${(error as Error).message}`, { cause: error }) : error;
  }
}

export async function dataStatus(): Promise<DataStatus> {
  const editable = canEdit();
  try {
    await storeVersion(await serverStore());
    return { available: true, editable };
  } catch (error) {
    if (isUnreachable(error)) return { available: false, message: (error as Error).message, editable };
    throw error;
  }
}
