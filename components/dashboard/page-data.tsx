import 'server-only';
import type { ReactElement } from 'react';
import { isUnreachable } from '@/lib/store/errors';
import { DataUnavailablePanel } from './data-unavailable-panel';

/**
 * What a page reads from the store, or, while the database cannot be reached, the panel that says
 * so: pages show that instead of any data, and show the data again once the database is back.
 */
export async function pageData<T>(read: () => Promise<T>): Promise<{ data: T; refusal?: never } | { data?: never; refusal: ReactElement }> {
  try {
    return { data: await read() };
  } catch (error) {
    if (isUnreachable(error)) return { refusal: <DataUnavailablePanel message={(error as Error).message} /> };
    throw error;
  }
}
