import 'server-only';
/**
 * Opening the store at server start (instrumentation.ts): a database file that is not sound stops
 * the server at once, saying which file and how to restore it; an unreachable PostgreSQL does not,
 * since the server tries again on each request and recovers when the database is back.
 */
import { StoreCorruptError, StoreLockedError, isUnreachable } from './errors';
import { serverStore } from './server';

export async function openAtStart(): Promise<void> {
  try {
    const store = await serverStore();
    console.info(`Sitrep's store: ${store.where}`);
  } catch (error) {
    if (error instanceof StoreCorruptError || error instanceof StoreLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    if (isUnreachable(error)) console.error(`${(error as Error).message} Pages will say so until it is back.`);
    else throw error;
  }
}
