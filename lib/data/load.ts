import 'server-only';
import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { readDataset } from './read';
import { DataValidationError } from './errors';
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

/** The last dataset that passed validation, kept while a later edit of data/ is invalid. */
let lastGood: { dir: string; dataset: Dataset } | undefined;
/** Why the data on disk is not being served (null while it is). */
let problem: { dir: string; signature: string; error: DataValidationError } | undefined;

export interface DataStatus {
  /** True while the files on disk are invalid and the last good data is served instead. */
  stale: boolean;
  /** The first problems found, each naming its file, record and field. */
  problems: string[];
}

/** Whether the server is serving the data on disk, or the last good data because the disk is invalid. */
export function dataStatus(): DataStatus {
  const dir = dataDir();
  if (!problem || problem.dir !== dir) return { stale: false, problems: [] };
  return { stale: lastGood?.dir === dir, problems: problem.error.problems.slice(0, 5).map((p) => p.message) };
}

/**
 * The validated dataset. It is read once and read again only when a file in data/ changes, so an
 * edited file shows up without a restart. When an edit makes the data invalid (a file truncated
 * while being written, a typo), the last good dataset goes on being served and the problem is
 * logged once, naming its file, record and field; the fixed file is picked up on the next request.
 * With no good dataset yet, it rejects with the DataValidationError.
 */
export async function loadDataset(): Promise<Dataset> {
  const dir = dataDir();
  const sig = await signature(dir);
  if (problem?.dir === dir && problem.signature === sig && lastGood?.dir === dir) return lastGood.dataset;
  if (cached?.dir !== dir || cached.signature !== sig) {
    const dataset = readDataset(dir);
    cached = { dir, signature: sig, dataset };
    dataset.then(
      (good) => {
        lastGood = { dir, dataset: good };
        if (problem?.dir === dir) console.info('data/ is valid again: serving it.');
        problem = undefined;
      },
      (error: unknown) => {
        // A failed read is not kept: the next change of the files tries again.
        if (cached?.dataset === dataset) cached = undefined;
        if (error instanceof DataValidationError) {
          if (problem?.signature !== sig) console.error(`${error.message}
${lastGood?.dir === dir ? 'Serving the last good data until the files are fixed.' : ''}`);
          problem = { dir, signature: sig, error };
        }
      },
    );
  }
  try {
    return await cached.dataset;
  } catch (error) {
    if (error instanceof DataValidationError && lastGood?.dir === dir) return lastGood.dataset;
    throw error;
  }
}
