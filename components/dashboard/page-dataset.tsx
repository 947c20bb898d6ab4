import 'server-only';
import type { ReactElement } from 'react';
import { isUnreachable } from '@/lib/store/errors';
import type { StoreDataset } from '@/lib/store/read';
import { loadDataset } from '@/lib/store/server';
import { DataUnavailablePanel } from './data-unavailable-panel';

/**
 * The dataset for a page, or, while the database cannot be reached, the panel that says so: pages
 * show that instead of any data, and show the data again once the database is back.
 */
export async function pageDataset(): Promise<{ dataset: StoreDataset; refusal?: never } | { dataset?: never; refusal: ReactElement }> {
  try {
    return { dataset: await loadDataset() };
  } catch (error) {
    if (isUnreachable(error)) return { refusal: <DataUnavailablePanel message={(error as Error).message} /> };
    throw error;
  }
}
