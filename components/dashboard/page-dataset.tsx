import 'server-only';
import type { ReactElement } from 'react';
import { DataValidationError } from '@/lib/data/errors';
import { loadDataset } from '@/lib/data/load';
import type { Dataset } from '@/lib/data/schema';
import { DataErrorPanel } from './data-error-panel';

/**
 * The dataset for a page, or, when data/ fails validation, the panel that names each file, record
 * and field at fault: pages show that instead of any data.
 */
export async function pageDataset(): Promise<{ dataset: Dataset; refusal?: never } | { dataset?: never; refusal: ReactElement }> {
  try {
    return { dataset: await loadDataset() };
  } catch (error) {
    if (error instanceof DataValidationError) return { refusal: <DataErrorPanel error={error} /> };
    throw error;
  }
}
