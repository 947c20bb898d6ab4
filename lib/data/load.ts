import 'server-only';
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { readDataset } from './read';
import type { Dataset } from './schema';

/** The data directory: `SITREP_DATA_DIR` when set (tests use copies), else ./data. */
export function dataDir(): string {
  // Traced into the build by outputFileTracingIncludes in next.config.js, not by static analysis.
  return path.resolve(/*turbopackIgnore: true*/ process.env.SITREP_DATA_DIR ?? path.join(process.cwd(), 'data'));
}

let cached: { dir: string; signature: string; dataset: Promise<Dataset> } | undefined;

/** Size and mtime of every data file: cheap to take, and changes whenever a file is edited. */
async function signature(dir: string): Promise<string> {
  const listed = async (sub: string) => (await readdir(path.join(dir, sub)).catch(() => [])).map((n) => `${sub}/${n}`);
  const files = ['places.json', 'events.json', ...(await listed('articles')), ...(await listed('briefings'))];
  const stats = await Promise.all(files.map((f) => stat(path.join(dir, f)).then((s) => `${f}:${s.size}:${s.mtimeMs}`, () => `${f}:-`)));
  return stats.join('|');
}

/**
 * The validated dataset. It is read once and read again only when a file in data/ changes, so an
 * edited file shows up without a restart. Rejects with a DataValidationError when the data is invalid.
 */
export async function loadDataset(): Promise<Dataset> {
  const dir = dataDir();
  const sig = await signature(dir);
  if (cached?.dir !== dir || cached.signature !== sig) {
    const dataset = readDataset(dir);
    cached = { dir, signature: sig, dataset };
    // A failed read is not kept: the next request tries again.
    dataset.catch(() => {
      if (cached?.dataset === dataset) cached = undefined;
    });
  }
  return cached.dataset;
}
