/**
 * `npm run ingest -- <file.txt> [--published YYYY-MM-DD]` drafts events from a new Arabic article
 * into the store and prints a summary to review (at /review, or by editing the draft through the
 * API). `npm run ingest -- --accept <draft-id> --reviewer NAME` moves the accepted events and the
 * article into the dataset. `--accept-all --reviewer NAME --outlet "Outlet"` drafts and accepts in
 * one step, for trusted material. The store is the one the environment names (SITREP_DB, or
 * DATABASE_URL); the command itself (scripts/ingest.ts) only calls `ingestCli`, so tests run it
 * in-process.
 */
import { readFileSync } from 'node:fs';
import { DataValidationError } from '@/lib/data/errors';
import { articleIdSchema } from '@/lib/data/schema';
import { isIsoDate } from '@/lib/time/date';
import type { Store } from '@/lib/store/connect';
import { acceptDraft, batchIngest, createDraft } from '@/lib/store/drafts';
import { StoreConflictError, StoreCorruptError, StoreLockedError, StoreNotFoundError, StoreUnavailableError } from '@/lib/store/errors';
import { openPreparedStore } from '@/lib/store/prepare';
import { testPause } from '@/lib/store/test-pause';
import { IngestInputError } from './input';

const USAGE = [
  'usage: npm run ingest -- <article.txt> [--published YYYY-MM-DD]',
  '       npm run ingest -- --accept <draft-id> --reviewer NAME',
  '       npm run ingest -- <article.txt> --published YYYY-MM-DD --accept-all --reviewer NAME --outlet OUTLET',
].join('\n');

/** The command line was not understood: exit 2 with the usage. */
class UsageError extends Error {}

function usage(): never {
  throw new UsageError(USAGE);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) usage();
  args.splice(i, 2);
  return value;
}

function readArticle(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new IngestInputError(`${file} cannot be read.`);
  }
}

async function ingest(store: Store, file: string, published: string | undefined, author: string, log: (line: string) => void) {
  const draft = await createDraft(store, { bytes: readArticle(file), name: file, published, author });
  const { article, events, unresolvedPlaces } = draft.draft;
  const p = article.published;
  log(`Article ${draft.id}, published ${p.date} (${p.inferred ? `inferred: ${p.basis}` : p.basis})`);
  log(`Parts: ${article.parts.map((part) => `${part.kind} ${part.start}–${part.end}`).join(', ')}`);
  log(`\n${events.length} draft event${events.length === 1 ? '' : 's'}:`);
  events.forEach(({ event: e, confidence, rule }, i) => {
    const where = e.kind === 'movement' ? `${e.from} → ${[...(e.via ?? []), e.to].join(' → ')}` : e.place;
    log(`  ${i + 1}. [${confidence.toFixed(2)}] ${e.kind}, ${e.status}, ${where}, ${e.date.start}${e.date.end !== e.date.start ? `…${e.date.end}` : ''} (${e.date.precision}${e.date.inferred ? ', inferred' : ''})`);
    log(`     «${e.sources[0]!.quote.length > 140 ? `${e.sources[0]!.quote.slice(0, 140)}…` : e.sources[0]!.quote}»`);
    log(`     rule: ${rule}`);
  });
  for (const u of unresolvedPlaces) log(`  unresolved place: ${u.text}`);
  log(`\nStored draft ${draft.id} (${store.where}). Review it at /review: fill in the outlet, the English title and the translations, mark events accepted or rejected, then accept it there or with:\n  npm run ingest -- --accept ${draft.id} --reviewer "Your name"`);
}

/** Where the command's output goes: the terminal, or a test's lists. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/**
 * `npm run ingest` with its arguments; resolves to the exit code: 0 done, 1 refused (the reason on
 * `error`, nothing written), 2 a command line that was not understood.
 */
export async function ingestCli(args: readonly string[], out: CliOutput = console, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  let store: Store | undefined;
  try {
    const rest = [...args];
    const accept = option(rest, '--accept');
    const published = option(rest, '--published');
    const reviewer = option(rest, '--reviewer');
    const outlet = option(rest, '--outlet');
    const all = rest.indexOf('--accept-all');
    if (all >= 0) rest.splice(all, 1);
    if (rest.some((a) => a.startsWith('--'))) usage();
    if (published !== undefined && !isIsoDate(published)) throw new IngestInputError(`--published ${published} is not a date written YYYY-MM-DD.`);

    if (accept) {
      if (rest.length > 0 || all >= 0) usage();
      if (!articleIdSchema.safeParse(accept).success) throw new IngestInputError(`--accept takes a draft id such as 005_0123456789abcdef, not "${accept}".`);
      if (!reviewer) throw new IngestInputError('say who accepts it: --reviewer "Your name" (it is kept in the history).');
      store = await openPreparedStore(env);
      const done = await acceptDraft(store, accept, { author: reviewer, between: testPause('accept') });
      out.log(`Accepted article ${done.article} and ${done.events.length} event${done.events.length === 1 ? '' : 's'}: ${done.events.join(', ')}.`);
      return 0;
    }
    if (rest.length !== 1) usage();
    const file = rest[0]!;
    if (all >= 0) {
      if (!reviewer || !outlet) throw new IngestInputError('--accept-all needs --reviewer "Your name" and --outlet "The outlet" (a batch cannot guess the outlet).');
      store = await openPreparedStore(env);
      const done = await batchIngest(store, { bytes: readArticle(file), name: file, published, author: reviewer }, { reviewer, outlet: { en: outlet, ar: outlet }, between: testPause('accept') });
      out.log(`Added article ${done.article} and ${done.events.length} event${done.events.length === 1 ? '' : 's'}: ${done.events.join(', ')}.`);
      return 0;
    }
    store = await openPreparedStore(env);
    await ingest(store, file, published, reviewer ?? env.USER ?? 'command line', (line) => out.log(line));
    return 0;
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      out.error(error.message);
      return 2;
    }
    const known = [IngestInputError, DataValidationError, StoreConflictError, StoreNotFoundError, StoreUnavailableError, StoreLockedError, StoreCorruptError].some((kind) => error instanceof kind);
    out.error(known ? (error as Error).message : String(error instanceof Error ? (error.stack ?? error) : error));
    return 1;
  } finally {
    await store?.close();
  }
}
