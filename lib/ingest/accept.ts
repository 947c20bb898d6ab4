/**
 * Accepting a reviewed draft into the dataset: the article and the events marked "accepted". The
 * whole dataset with them added is validated first (in a copy); nothing overwrites an existing id;
 * files are written beside their targets and renamed into place, events.json last, and a failure at
 * any step removes what was added, so data/ is either as it was or fully updated.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataset } from '@/lib/data/read';
import type { ArticleMeta, EventRecord } from '@/lib/data/schema';
import { draftFileSchema, draftProblems, sha256, type DraftFile } from './draft-file';
import { IngestInputError } from './input';

export interface AcceptOptions {
  /** For tests: throw just before this file is renamed into place. */
  failBefore?: 'article-text' | 'article-meta' | 'events';
}

export interface Accepted {
  article: string;
  events: string[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export async function acceptDraft(dataDir: string, draftPath: string, options: AcceptOptions = {}): Promise<Accepted> {
  // The draft and its text.
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(draftPath, 'utf8'));
  } catch (cause) {
    throw new IngestInputError(`${draftPath} cannot be read as JSON (${cause instanceof Error ? cause.message : String(cause)}).`);
  }
  const shape = draftFileSchema.safeParse(raw);
  if (!shape.success) throw new IngestInputError(`${draftPath} is not a draft: ${shape.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const draft = raw as DraftFile;
  const problems = draftProblems(draft);
  if (problems.length > 0) throw new IngestInputError(`${draftPath} is not ready to accept:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const textPath = draftPath.replace(/\.json$/, '.txt');
  const bytes = readFileSync(textPath);
  if (sha256(bytes) !== draft.article.sha256) throw new IngestInputError(`${textPath} is not the text the draft was made from (its sha256 differs).`);
  const accepted = draft.events.filter((e) => e.review === 'accepted').map((e) => e.event);
  if (accepted.length === 0) throw new IngestInputError(`${draftPath} has no event marked "accepted"; review it first.`);
  const ids = new Set(accepted.map((e) => e.id));
  for (const e of accepted)
    for (const r of e.relations)
      if (draft.events.some((d) => d.event.id === r.event) && !ids.has(r.event)) throw new IngestInputError(`event ${e.id} ${r.kind} ${r.event}, which is not accepted.`);

  // Never overwrite: the article and every event are new.
  const current = await readDataset(dataDir);
  const article: ArticleMeta = draft.article;
  if (current.articles.some((a) => a.meta.id === article.id)) throw new IngestInputError(`article ${article.id} is already in the dataset.`);
  const same = current.articles.find((a) => a.meta.sha256 === article.sha256);
  if (same) throw new IngestInputError(`this text is already in the dataset as article ${same.meta.id}.`);
  const taken = accepted.filter((e) => current.events.some((c) => c.id === e.id)).map((e) => e.id);
  if (taken.length > 0) throw new IngestInputError(`event id${taken.length > 1 ? 's' : ''} ${taken.join(', ')} already in the dataset; rename in the draft.`);

  // The dataset as it will be, validated in a copy: the same checks as every load.
  const eventsFile = path.join(dataDir, 'events.json');
  const events: EventRecord[] = [...(JSON.parse(readFileSync(eventsFile, 'utf8')) as EventRecord[]), ...accepted];
  const scratch = mkdtempSync(path.join(tmpdir(), 'sitrep-accept-'));
  try {
    const copy = path.join(scratch, 'data');
    cpSync(dataDir, copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}drafts`) });
    writeFileSync(path.join(copy, 'articles', `${article.id}.txt`), bytes);
    writeFileSync(path.join(copy, 'articles', `${article.id}.json`), json(article));
    writeFileSync(path.join(copy, 'events.json'), json(events));
    await readDataset(copy);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  // Stage beside the targets (same file system), then rename: new files first, events.json last.
  const targets = [
    { step: 'article-text' as const, file: path.join(dataDir, 'articles', `${article.id}.txt`), body: bytes as Uint8Array | string, isNew: true },
    { step: 'article-meta' as const, file: path.join(dataDir, 'articles', `${article.id}.json`), body: json(article), isNew: true },
    { step: 'events' as const, file: eventsFile, body: json(events), isNew: false },
  ];
  const staged = targets.map((t) => ({ ...t, temp: `${t.file}.accept-${process.pid}.tmp` }));
  const placed: string[] = [];
  try {
    for (const t of staged) writeFileSync(t.temp, t.body);
    for (const t of staged) {
      if (options.failBefore === t.step) throw new Error(`stopped before ${t.step} (test)`);
      renameSync(t.temp, t.file);
      if (t.isNew) placed.push(t.file);
    }
  } catch (error) {
    for (const t of staged) if (existsSync(t.temp)) unlinkSync(t.temp);
    for (const file of placed) if (existsSync(file)) unlinkSync(file);
    throw error;
  }
  rmSync(draftPath, { force: true });
  rmSync(textPath, { force: true });
  return { article: article.id, events: accepted.map((e) => e.id) };
}
