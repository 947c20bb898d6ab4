/**
 * The drafts in data/drafts/ for the review page: listed, read, and saved after a person's edits.
 * Saving keeps what a person may not change: the article's text, offsets and hash, and every quote
 * and which article it is from. Only the local server writes, and only in development or with
 * SITREP_EDIT=1.
 */
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articleIdSchema } from '@/lib/data/schema';
import { draftFileSchema, type DraftFile } from './draft-file';
import { IngestInputError } from './input';

/** Whether this server may write drafts and the dataset. */
export const canEdit = () => process.env.NODE_ENV === 'development' || process.env.SITREP_EDIT === '1';

export interface StoredDraft {
  id: string;
  draft: DraftFile;
  text: string;
}

const files = (dataDir: string, id: string) => {
  if (!articleIdSchema.safeParse(id).success) throw new IngestInputError(`"${id}" is not a draft id`);
  const dir = path.join(dataDir, 'drafts');
  return { json: path.join(dir, `${id}.json`), txt: path.join(dir, `${id}.txt`) };
};

export function readDraft(dataDir: string, id: string): StoredDraft | null {
  const { json, txt } = files(dataDir, id);
  if (!existsSync(json) || !existsSync(txt)) return null;
  const raw = JSON.parse(readFileSync(json, 'utf8'));
  if (!draftFileSchema.safeParse(raw).success) throw new IngestInputError(`${json} is not a draft file`);
  return { id, draft: raw as DraftFile, text: readFileSync(txt, 'utf8') };
}

/** Every draft with its text, oldest id first; files that are not drafts are left out. */
export function listDrafts(dataDir: string): StoredDraft[] {
  const dir = path.join(dataDir, 'drafts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json') && articleIdSchema.safeParse(n.slice(0, -5)).success)
    .sort()
    .flatMap((n) => {
      try {
        return readDraft(dataDir, n.slice(0, -5)) ?? [];
      } catch {
        return [];
      }
    });
}

/** Saves a reviewed draft over the stored one, refusing changes to what is not a person's to edit. */
export function saveDraft(dataDir: string, id: string, next: unknown): DraftFile {
  const stored = readDraft(dataDir, id);
  if (!stored) throw new IngestInputError(`there is no draft ${id}`);
  if (!draftFileSchema.safeParse(next).success) throw new IngestInputError('the body is not a draft');
  const draft = next as DraftFile;
  const before = stored.draft;
  for (const key of ['id', 'sha256', 'bytes'] as const)
    if (draft.article[key] !== before.article[key]) throw new IngestInputError(`article.${key} cannot be changed`);
  if (JSON.stringify(draft.article.parts.map((p) => [p.kind, p.start, p.end])) !== JSON.stringify(before.article.parts.map((p) => [p.kind, p.start, p.end])))
    throw new IngestInputError('the article parts’ ranges cannot be changed here');
  if (draft.events.length !== before.events.length) throw new IngestInputError('events cannot be added or removed here; reject an event instead');
  draft.events.forEach((e, i) => {
    const was = before.events[i]!.event.sources;
    const now = e.event.sources;
    if (now.length !== was.length || now.some((s, j) => s.quote !== was[j]!.quote || s.article !== was[j]!.article))
      throw new IngestInputError(`events[${i}]: a quote is the source's own words and cannot be edited`);
  });
  const { json } = files(dataDir, id);
  const temp = `${json}.save-${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(draft, null, 2)}\n`);
  renameSync(temp, json);
  return draft;
}
