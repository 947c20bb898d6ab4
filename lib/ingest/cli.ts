/**
 * `npm run ingest -- <files or folders…>` drafts events from new Arabic articles into the store,
 * one draft each, and prints a summary to review them by (at /review, or by editing a draft through
 * the API); folders are read for their `*.txt` files (batch-files.ts). `--published YYYY-MM-DD`
 * dates the one article of a batch of one whose text states no date; `--dates FILE.csv` dates
 * several (batch-dates.ts). `--json` prints the drafts as JSON Lines on stdout, and the rest on
 * stderr. `npm run ingest -- --accept <draft-id> --reviewer NAME` moves a reviewed draft's accepted
 * events and its article into the dataset; `--accept-all --reviewer NAME --outlet "Outlet"` drafts
 * and accepts in one step, for trusted material, leaving possible duplicates in their drafts. The
 * store is the one the environment names (SITREP_DB, or DATABASE_URL); the command itself
 * (scripts/ingest.ts) only calls `ingestCli`, so tests run it in-process.
 */
import { DataValidationError } from '@/lib/data/errors';
import { articleIdSchema } from '@/lib/data/schema';
import { isIsoDate } from '@/lib/time/date';
import type { Store } from '@/lib/store/connect';
import { acceptDraft } from '@/lib/store/drafts';
import { StoreConflictError, StoreCorruptError, StoreLockedError, StoreNotFoundError, StoreUnavailableError } from '@/lib/store/errors';
import { openPreparedStore } from '@/lib/store/prepare';
import { testPause } from '@/lib/store/test-pause';
import { runBatch, type BatchRun, type Outcome } from './batch';
import { readDates, unusedDates } from './batch-dates';
import { batchFiles } from './batch-files';
import { draftListing } from './batch-listing';
import { draftJson, summaryLines } from './batch-summary';
import { IngestInputError } from './input';
import { progress, type ProgressTerminal } from './progress';

const USAGE = [
  'usage: npm run ingest -- <article.txt | folder>… [--published YYYY-MM-DD] [--dates FILE.csv] [--json]',
  '       npm run ingest -- <article.txt | folder>… --accept-all --reviewer NAME --outlet OUTLET [--dates FILE.csv] [--json]',
  '       npm run ingest -- --accept <draft-id> --reviewer NAME',
].join('\n');

/** The command line was not understood: exit 2 with the usage. */
class UsageError extends Error {}

function usage(why?: string): never {
  throw new UsageError(why ? `${why}\n${USAGE}` : USAGE);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) usage();
  args.splice(i, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

/** Where the command's output goes: the terminal, or a test's lists. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
  /** A terminal's stderr, where the progress bar is redrawn in place; without it, a line per file on `error`. */
  progress?: ProgressTerminal;
}

/** The known failures, whose message is the whole story; anything else is shown with its stack. */
const KNOWN = [IngestInputError, DataValidationError, StoreConflictError, StoreNotFoundError, StoreUnavailableError, StoreLockedError, StoreCorruptError];

const errorText = (error: unknown) => (KNOWN.some((kind) => error instanceof kind) ? (error as Error).message : String(error instanceof Error ? (error.stack ?? error) : error));

async function acceptOne(store: Store, id: string, reviewer: string, out: CliOutput): Promise<number> {
  const done = await acceptDraft(store, id, { author: reviewer, between: testPause('accept') });
  out.log(`Accepted article ${done.article} and ${done.events.length} event${done.events.length === 1 ? '' : 's'}: ${done.events.join(', ')}.`);
  return 0;
}

/**
 * The batch, once its command line is checked: every path given and every `*.txt` file in the
 * folders given, each drafted (or refused, or set aside for a date) in turn. 0 when all were
 * drafted, 1 when any was not (after the others were).
 */
async function ingestBatch(paths: string[], run: BatchRun, json: boolean, out: CliOutput, env: Readonly<Record<string, string | undefined>>, open: () => Promise<Store>): Promise<number> {
  const { files, refused } = batchFiles(paths);
  if (run.published !== undefined && files.length + refused.length > 1) usage('--published dates the one file of a batch of one; for several, give --dates FILE.csv (header file,date).');
  const outcomes: Outcome[] = refused.map((r) => ({ ...r, status: 'refused' }));
  let stopped: unknown;
  if (files.length > 0) {
    const store = await open();
    // Under CI a terminal's redraw only clutters the log: a line per file there too.
    const bar = progress(files.length, env.CI ? undefined : out.progress, (line) => out.error(line));
    const done = await runBatch(store, files, run, bar);
    outcomes.push(...done.outcomes);
    stopped = done.stopped;
  }
  const report = json ? (line: string) => out.error(line) : (line: string) => out.log(line);
  if (json) for (const o of outcomes) if (o.status === 'drafted' || o.status === 'added') out.log(draftJson(o));
  const only = outcomes.length === 1 ? outcomes[0]! : undefined;
  if (!json && only && (only.status === 'drafted' || only.status === 'added')) [...draftListing(only.draft), ''].forEach(report);
  summaryLines(outcomes, unusedDates(run.dates, files)).forEach(report);
  if (stopped !== undefined) {
    out.error(`The batch stopped after ${outcomes.length - refused.length} of ${files.length} files: ${errorText(stopped)}`);
    return 1;
  }
  return outcomes.every((o) => o.status === 'drafted' || o.status === 'added') ? 0 : 1;
}

/**
 * `npm run ingest` with its arguments; resolves to the exit code: 0 done, 1 something refused (the
 * reason in the summary, or on `error`: nothing written for that file), 2 a command line that was
 * not understood.
 */
export async function ingestCli(args: readonly string[], out: CliOutput = console, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  let store: Store | undefined;
  // A new store's set-up notice goes to stderr: with --json, stdout holds the drafts alone.
  const open = async () => (store = await openPreparedStore(env, (line) => out.error(line)));
  try {
    const rest = [...args];
    const accept = option(rest, '--accept');
    const published = option(rest, '--published');
    const datesFile = option(rest, '--dates');
    const reviewer = option(rest, '--reviewer');
    const outlet = option(rest, '--outlet');
    const all = flag(rest, '--accept-all');
    const json = flag(rest, '--json');
    if (rest.some((a) => a.startsWith('--'))) usage();
    if (published !== undefined && !isIsoDate(published)) throw new IngestInputError(`--published ${published} is not a date written YYYY-MM-DD.`);

    if (accept) {
      if (rest.length > 0 || all || json || published || datesFile) usage();
      if (!articleIdSchema.safeParse(accept).success) throw new IngestInputError(`--accept takes a draft id such as 005_0123456789abcdef, not "${accept}".`);
      if (!reviewer) throw new IngestInputError('say who accepts it: --reviewer "Your name" (it is kept in the history).');
      return await acceptOne(await open(), accept, reviewer, out);
    }
    if (rest.length === 0) usage();
    if (published !== undefined && datesFile !== undefined) usage('give --published or --dates, not both.');
    if (all && (!reviewer || !outlet)) throw new IngestInputError('--accept-all needs --reviewer "Your name" and --outlet "The outlet" (a batch cannot guess the outlet).');
    const run: BatchRun = {
      author: reviewer ?? env.USER ?? 'command line',
      published,
      // Read and checked whole before anything is drafted.
      dates: datesFile === undefined ? undefined : readDates(datesFile),
      accept: all ? { reviewer: reviewer!, outlet: outlet!, between: testPause('accept') } : undefined,
    };
    return await ingestBatch(rest, run, json, out, env, open);
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      out.error(error.message);
      return 2;
    }
    out.error(errorText(error));
    return 1;
  } finally {
    await store?.close();
  }
}
