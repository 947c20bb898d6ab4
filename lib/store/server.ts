import 'server-only';
/**
 * The server's store: one per server process, opened on first use (or at start, by
 * instrumentation.ts); if the database cannot be reached, the next request tries again, so the
 * server recovers without a restart when it is back. What the pages read from it is cached by the
 * store's write counter where it is costly (map-server.ts): one small query sees every write, from
 * this server, another server or the command line.
 */
import type { DataStatus } from '@/lib/api/responses';
import { canEdit } from '@/lib/api/writes';
import { storeConfig, type Store } from './connect';
import { isUnreachable } from './errors';
import { openPreparedStore } from './prepare';
import { storeVersion } from './read';

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
