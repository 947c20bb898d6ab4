/** Drafts for tests and the store's benchmark: variants of one fixture article, reviewed as a person would, ready to accept. */
import { readFileSync } from 'node:fs';
import type { DraftFile } from '@/lib/ingest/draft-file';
import type { Store } from '@/lib/store/connect';
import { createDraft, saveDraft } from '@/lib/store/drafts';

const BASE = readFileSync('lib/ingest/fixtures/levant-dated-convoy-erbil.txt', 'utf8');
/** A different article each time: the same story with a line of its own, so its sha256 differs. */
export const variant = (n: number) => Buffer.from(`${BASE}\n\nسطر اختباري رقم ${n}.\n`, 'utf8');

/**
 * A draft reviewed as a person would: every field filled, its first event accepted under an id of
 * its own, and marked as new (each variant is its own event, however alike their words).
 */
export function review(draft: DraftFile, n: number): DraftFile {
  const filled = JSON.parse(JSON.stringify(draft), (_k, v) => (v === '' ? 'Filled in by the reviewer' : v)) as DraftFile;
  filled.events = filled.events.map((e, i) =>
    i === 0 ? { ...e, review: 'accepted', duplicateChecked: true, event: { ...e.event, id: `${e.event.id}-copy-${n}`, relations: [] } } : { ...e, review: 'rejected' },
  );
  return filled;
}

export async function reviewedDrafts(store: Store, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const draft = await createDraft(store, { bytes: variant(n), name: `variant-${n}.txt`, author: 'Analyst' });
    await saveDraft(store, draft.id, review(draft.draft, n), { author: 'Analyst', expectedVersion: 1 });
    ids.push(draft.id);
  }
  return ids;
}

