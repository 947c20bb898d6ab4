/** Drafting on the seed articles and the synthetic fixtures: exact quotes, honest statuses, measured quality. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset, EventRecord } from '@/lib/data/schema';
import { draftEvents, type ArticleDraft } from './draft';
import { exactQuotes, placeDateScore, total } from './evaluate';
import { inferPublication } from './dates';

const FIXTURES = 'lib/ingest/fixtures';
let ds: Dataset;
let seed: { id: string; text: string; draft: ArticleDraft }[];
const fixture = (name: string) => {
  const text = readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
  const labels = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.labels.json`), 'utf8')) as { published: string; publishedInText: boolean; events: EventRecord[]; unresolvedPlaces: string[] };
  return { text, labels, draft: draftEvents(text, { date: labels.published, inferred: false, basis: 'label' }, ds.places) };
};
const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).map((n) => n.slice(0, -4));

beforeAll(async () => {
  ds = await readFixture();
  seed = ds.articles.map(({ meta, text }) => ({ id: meta.id, text, draft: draftEvents(text, { date: meta.published.date, inferred: meta.published.inferred, basis: meta.published.basis }, ds.places) }));
});

describe('draftEvents', () => {
  it('quotes byte-exact sentences of stories, never page furniture', () => {
    for (const { id, text, draft } of [...seed, ...names.map((n) => ({ id: n, ...fixture(n) }))]) {
      expect(exactQuotes(text, draft.events), id).toBe(1);
      for (const e of draft.events) {
        const part = draft.parts.find((p) => p.start <= e.at[0] && e.at[1] <= p.end);
        expect(part?.kind, `${id}: ${e.quote.slice(0, 40)}`).not.toBe('furniture');
      }
    }
  });

  it('reaches F1 ≥ 0.8 on (place, date) against the curated events of the seed articles', () => {
    // Each article's drafts against the events curated from that article, counts summed.
    const scores = seed.map((s) => placeDateScore(s.draft.events, ds.events.filter((e) => e.sources.some((src) => src.article === s.id))));
    expect(total(scores).f1).toBeGreaterThanOrEqual(0.8);
  });

  it('drafts the al-Waleed convoy of 2 October 2024 with its source sentence', () => {
    const convoy = seed.find((s) => s.id.startsWith('000_'))!.draft.events.find((e) => e.kind === 'movement' && e.from === 'al-waleed');
    expect(convoy).toMatchObject({ to: 'ain-al-asad', date: { start: '2024-10-02' } });
    expect(convoy!.quote).toContain('رتلا أمريكيا دخل اليوم من معبر الوليد');
  });

  it('calls a future plan planned, and a denial a statement that denies the claim it matches', () => {
    const { draft } = fixture('egypt-planned-pullout-denied');
    expect(draft.events.some((e) => e.kind === 'movement' && e.status === 'planned' && e.from === 'ain-al-asad' && e.to === 'kuwait')).toBe(true);
    const denial = draft.events.find((e) => e.denies !== undefined);
    expect(denial?.kind).toBe('statement');
    expect(draft.events[denial!.denies!]!.status).toBe('denied');
  });

  it('reports place-like phrases it does not know, and gives them no place', () => {
    for (const name of names) {
      const { draft, labels } = fixture(name);
      for (const phrase of labels.unresolvedPlaces) expect(draft.unresolvedPlaces.map((u) => u.text), name).toContain(phrase);
    }
  });

  it('finds the publication date where the text states it beside its weekday, and only there', () => {
    for (const name of names) {
      const { text, labels } = fixture(name);
      const found = inferPublication(text);
      if (labels.publishedInText) expect(found?.date, name).toBe(labels.published);
      else expect(found, name).toBeNull();
    }
  });
});
