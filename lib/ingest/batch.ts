/**
 * A batch of articles drafted (or, for trusted material, drafted and accepted) one after another,
 * each in its own transaction: a file that is refused is reported and the rest go on, and a file
 * whose text states no publication date, and is given none, is set aside as needing one rather
 * than drafted with a guess. Only a store that fails as a whole (locked, unreachable, corrupt)
 * stops the batch, and what was done before it is still reported.
 */
import { readFileSync } from 'node:fs';
import { DataValidationError } from '@/lib/data/errors';
import type { Store } from '@/lib/store/connect';
import { batchIngest, createDraft, readDraft, type StoredDraft } from '@/lib/store/drafts';
import { StoreConflictError, StoreNotFoundError } from '@/lib/store/errors';
import { dateFor, type DateTable } from './batch-dates';
import { inferPublication } from './dates';
import { IngestInputError, articleText } from './input';
import type { Progress } from './progress';

export interface BatchRun {
  author: string;
  /** The publication date of the one file of a batch of one (`--published`). */
  published?: string;
  /** Publication dates by file (`--dates`). */
  dates?: DateTable;
  /** Draft and accept (`--accept-all`): who vouches for the material, and its outlet. */
  accept?: { reviewer: string; outlet: string; between?: () => Promise<void> };
}

/** What an accept-all added, and the events it left in the draft for a person (possible duplicates). */
export interface BatchAdded {
  article: string;
  events: string[];
  sources: string[];
  leftForReview: string[];
}

export type Outcome =
  | { file: string; status: 'drafted'; draft: StoredDraft }
  | { file: string; status: 'added'; draft: StoredDraft; added: BatchAdded }
  | { file: string; status: 'refused'; reason: string }
  | { file: string; status: 'needs-date' };

/** Errors that concern one file: the batch reports it and goes on. Anything else stops it. */
const PER_FILE = [IngestInputError, DataValidationError, StoreConflictError, StoreNotFoundError];

function readArticle(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new IngestInputError(`${file} cannot be read.`);
  }
}

/**
 * True when the bytes are an article whose text states no publication date ingest can rely on (the
 * check createDraft makes, made first so that such a file is set aside, not refused). Bytes that
 * are no article at all are left for createDraft to refuse, with its reason.
 */
function statesNoDate(file: string, bytes: Uint8Array): boolean {
  try {
    return inferPublication(articleText(file, bytes)) === null;
  } catch (error) {
    if (error instanceof IngestInputError) return false;
    throw error;
  }
}

async function ingestOne(store: Store, file: string, run: BatchRun): Promise<Outcome> {
  const bytes = readArticle(file);
  const published = run.published ?? dateFor(run.dates, file);
  if (published === undefined && statesNoDate(file, bytes)) return { file, status: 'needs-date' };
  if (!run.accept) return { file, status: 'drafted', draft: await createDraft(store, { bytes, name: file, published, author: run.author }) };
  const { reviewer, outlet, between } = run.accept;
  const done = await batchIngest(store, { bytes, name: file, published, author: reviewer }, { reviewer, outlet: { en: outlet, ar: outlet }, between });
  const draft = await readDraft(store, done.draft);
  if (!draft) throw new StoreNotFoundError('unknown_draft', `draft ${done.draft} was written but cannot be read back`);
  return { file, status: 'added', draft, added: { article: done.article, events: done.events, sources: done.sources ?? [], leftForReview: done.leftForReview ?? [] } };
}

/** A few words on what became of a file, for the progress log. */
export function outcomeWords(outcome: Outcome): string {
  switch (outcome.status) {
    case 'drafted':
      return `drafted ${outcome.draft.id}`;
    case 'added':
      return `added ${outcome.added.article}${outcome.added.leftForReview.length > 0 ? `, ${outcome.added.leftForReview.length} left for review` : ''}`;
    case 'refused':
      return 'refused';
    case 'needs-date':
      return 'needs a publication date';
  }
}

/** Each file drafted in turn; `stopped` is the store failure that ended the batch early, if one did. */
export async function runBatch(store: Store, files: readonly string[], run: BatchRun, progress: Progress): Promise<{ outcomes: Outcome[]; stopped?: unknown }> {
  const outcomes: Outcome[] = [];
  try {
    for (const [index, file] of files.entries()) {
      progress.start(index, file);
      let outcome: Outcome;
      try {
        outcome = await ingestOne(store, file, run);
      } catch (error) {
        if (!PER_FILE.some((kind) => error instanceof kind)) throw error;
        outcome = { file, status: 'refused', reason: (error as Error).message };
      }
      outcomes.push(outcome);
      progress.done(index, file, outcomeWords(outcome));
    }
  } catch (error) {
    return { outcomes, stopped: error };
  } finally {
    progress.finish();
  }
  return { outcomes };
}
