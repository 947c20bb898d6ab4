/**
 * `npm run ingest -- <file.txt> [--published YYYY-MM-DD]` drafts events from a new Arabic article
 * into data/drafts/<article-id>.json (with a copy of the text) and prints a summary to review.
 * `npm run ingest -- --accept data/drafts/<article-id>.json` moves the accepted events and the
 * article into the dataset, after validating the whole of it. `--data DIR` works on another data dir.
 * The command itself (scripts/ingest.ts) only calls `ingestCli`, so tests run it in-process.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataValidationError } from '@/lib/data/errors';
import { readDataset } from '@/lib/data/read';
import { isIsoDate } from '@/lib/time/date';
import { acceptDraft } from './accept';
import { inferPublication } from './dates';
import { draftEvents } from './draft';
import { draftFile, sha256 } from './draft-file';
import { IngestInputError, articleText } from './input';

const USAGE = 'usage: npm run ingest -- <article.txt> [--published YYYY-MM-DD] [--data DIR]\n       npm run ingest -- --accept <data/drafts/<id>.json> [--data DIR]';

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

/** Writes a file whole or not at all. */
function writeAtomic(file: string, body: string | Uint8Array) {
  const temp = `${file}.ingest-${process.pid}.tmp`;
  writeFileSync(temp, body);
  renameSync(temp, file);
}

async function ingest(file: string, publishedArg: string | undefined, dataDir: string, log: (line: string) => void) {
  if (publishedArg !== undefined && !isIsoDate(publishedArg)) throw new IngestInputError(`--published ${publishedArg} is not a date written YYYY-MM-DD.`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new IngestInputError(`${file} cannot be read.`);
  }
  const text = articleText(path.basename(file), bytes);
  const dataset = await readDataset(dataDir);
  const digest = sha256(bytes);
  const known = dataset.articles.find((a) => a.meta.sha256 === digest);
  if (known) throw new IngestInputError(`${file} is already in the dataset as article ${known.meta.id}.`);

  const inferred = inferPublication(text);
  const published = publishedArg
    ? { date: publishedArg, inferred: false, basis: 'given with --published' }
    : inferred
      ? { date: inferred.date, inferred: true, basis: inferred.basis }
      : null;
  if (!published) throw new IngestInputError(`${file} states no publication date that ingest can rely on (a full date beside a weekday). Give it: --published YYYY-MM-DD.`);

  const draft = draftEvents(text, published, dataset.places);
  if (draft.events.length === 0 && draft.unresolvedPlaces.length === 0)
    throw new IngestInputError(`${file}: no sentence pairs a movement, strike, attack or handover with a known place; nothing to draft.`);

  // The next article number, and the text's own hash: 005_0123456789abcdef.
  const drafts = path.join(dataDir, 'drafts');
  mkdirSync(drafts, { recursive: true });
  const numbers = [...dataset.articles.map((a) => a.meta.id), ...readdirSync(drafts)].map((id) => Number.parseInt(id.slice(0, 3), 10)).filter(Number.isFinite);
  const id = `${String(Math.max(-1, ...numbers) + 1).padStart(3, '0')}_${digest.slice(0, 16)}`;
  const out = draftFile(id, text, bytes, draft);
  writeAtomic(path.join(drafts, `${id}.txt`), bytes);
  writeAtomic(path.join(drafts, `${id}.json`), `${JSON.stringify(out, null, 2)}\n`);

  log(`Article ${id}, published ${published.date} (${published.inferred ? `inferred: ${published.basis}` : published.basis})`);
  log(`Parts: ${draft.parts.map((p) => `${p.kind} ${p.start}–${p.end}`).join(', ')}`);
  log(`\n${out.events.length} draft event${out.events.length === 1 ? '' : 's'}:`);
  out.events.forEach(({ event: e, confidence, rule }, i) => {
    const where = e.kind === 'movement' ? `${e.from} → ${[...(e.via ?? []), e.to].join(' → ')}` : e.place;
    log(`  ${i + 1}. [${confidence.toFixed(2)}] ${e.kind}, ${e.status}, ${where}, ${e.date.start}${e.date.end !== e.date.start ? `…${e.date.end}` : ''} (${e.date.precision}${e.date.inferred ? ', inferred' : ''})`);
    log(`     «${e.sources[0]!.quote.length > 140 ? `${e.sources[0]!.quote.slice(0, 140)}…` : e.sources[0]!.quote}»`);
    log(`     rule: ${rule}`);
  });
  for (const u of out.unresolvedPlaces) log(`  unresolved place: ${u.text}`);
  log(`\nWrote ${path.join(drafts, `${id}.json`)}. Fill in the outlet, the English title and the translations, mark events "accepted" or "rejected", then:\n  npm run ingest -- --accept ${path.join(drafts, `${id}.json`)}`);
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
  try {
    const rest = [...args];
    const dataDir = path.resolve(option(rest, '--data') ?? env.SITREP_DATA_DIR ?? 'data');
    const accept = option(rest, '--accept');
    const published = option(rest, '--published');
    if (accept) {
      if (rest.length > 0) usage();
      const done = await acceptDraft(dataDir, path.resolve(accept));
      out.log(`Accepted article ${done.article} and ${done.events.length} event${done.events.length === 1 ? '' : 's'}: ${done.events.join(', ')}.`);
      return 0;
    }
    if (rest.length !== 1) usage();
    await ingest(rest[0]!, published, dataDir, (line) => out.log(line));
    return 0;
  } catch (error: unknown) {
    if (error instanceof UsageError) {
      out.error(error.message);
      return 2;
    }
    out.error(error instanceof IngestInputError || error instanceof DataValidationError ? error.message : String(error instanceof Error ? (error.stack ?? error) : error));
    return 1;
  }
}
