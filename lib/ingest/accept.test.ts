/** Accepting a draft: all or nothing, never over an existing id, and only when every field is filled. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/read';
import type { Place } from '@/lib/data/schema';
import { dataCopy, removeDataCopies } from '@/lib/testing/data-copy';
import { acceptDraft } from './accept';
import { draftEvents } from './draft';
import { draftFile, type DraftFile } from './draft-file';

afterEach(removeDataCopies);

const FIXTURE = 'lib/ingest/fixtures/levant-dated-convoy-erbil.txt';

/** Every file under dir (drafts aside) with its sha256: what "unchanged" means. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'drafts') walk(file);
      } else out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Empty strings (what a reviewer fills in) filled. */
function fill<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v) => (v === '' ? 'Filled in by the reviewer' : v));
}

/** A data copy with a reviewed draft of the fixture in data/drafts/, the first movement accepted. */
function prepared(change: (draft: DraftFile) => void = () => {}) {
  let draftPath = '';
  const dir = dataCopy((d) => {
    const bytes = readFileSync(FIXTURE);
    const text = bytes.toString('utf8');
    const places = JSON.parse(readFileSync(path.join(d, 'places.json'), 'utf8')) as Place[];
    const draft = draftEvents(text, { date: '2024-11-14', inferred: false, basis: 'given with --published' }, places);
    const id = '005_' + createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const file = fill(draftFile(id, text, bytes, draft));
    file.events = file.events.map((e, i) => ({ ...e, review: i === file.events.findIndex((x) => x.event.kind === 'movement') ? 'accepted' : 'rejected' }));
    change(file);
    mkdirSync(path.join(d, 'drafts'), { recursive: true });
    draftPath = path.join(d, 'drafts', `${id}.json`);
    writeFileSync(draftPath, JSON.stringify(file, null, 2));
    writeFileSync(path.join(d, 'drafts', `${id}.txt`), bytes);
  });
  return { dir, draftPath, before: snapshot(dir) };
}

describe('acceptDraft', () => {
  it('adds the article and the accepted events, and the dataset stays valid', async () => {
    const { dir, draftPath } = prepared();
    const done = await acceptDraft(dir, draftPath);
    const ds = await readDataset(dir);
    expect(ds.articles.map((a) => a.meta.id)).toContain(done.article);
    expect(done.events).toHaveLength(1);
    expect(ds.events.map((e) => e.id)).toContain(done.events[0]);
    expect(existsSync(draftPath)).toBe(false);
  });

  it('leaves every data file as it was when a rename fails', async () => {
    for (const step of ['article-text', 'article-meta', 'events'] as const) {
      const { dir, draftPath, before } = prepared();
      await expect(acceptDraft(dir, draftPath, { failBefore: step })).rejects.toThrow(/stopped before/);
      expect(snapshot(dir)).toEqual(before);
      expect(existsSync(draftPath)).toBe(true);
    }
  });

  it('never overwrites an existing event id', async () => {
    const { dir, draftPath, before } = prepared((d) => {
      d.events.find((e) => e.review === 'accepted')!.event.id = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';
    });
    await expect(acceptDraft(dir, draftPath)).rejects.toThrow(/already in the dataset/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a draft with fields left to fill, naming them', async () => {
    const { dir, draftPath, before } = prepared((d) => {
      d.article.outlet.en = '';
      d.events.find((e) => e.review === 'accepted')!.event.sources[0]!.translation = '';
    });
    const error = await acceptDraft(dir, draftPath).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(/article\.outlet\.en/);
    expect(error?.message).toMatch(/events\[\d+\]\.event\.sources\.0\.translation/);
    expect(snapshot(dir)).toEqual(before);
  });
});
