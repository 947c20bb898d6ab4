import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { parsePassage, quoteMarks, runs } from './reader';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe('the reader of an article', () => {
  it('marks every quote the dataset takes from each article, and the runs give back the stored text', () => {
    for (const { meta, text } of ds.articles) {
      const quotes = quoteMarks(meta.id, text, ds.events);
      const quoted = ds.events.flatMap((e) => e.sources.filter((s) => s.article === meta.id).map((s) => s.quote));
      expect(new Set(quotes.map((q) => text.slice(q.start, q.end)))).toEqual(new Set(quoted));
      const all = meta.parts.flatMap((p) => runs(text, p.start, p.end, quotes, [10, 40]));
      expect(all.map((r) => r.text).join('')).toBe(text);
      for (const r of all) if (r.quotedBy.length > 0) expect(quotes.some((q) => q.start <= r.start && r.end <= q.end)).toBe(true);
    }
  });
  it('marks the convoy quote in the Baghdad Today article with its event', () => {
    const { meta, text } = ds.articles.find((a) => a.meta.id === '000_f32e547f1ff744d0')!;
    const quote = 'رتلا أمريكيا دخل اليوم من معبر الوليد';
    const run = runs(text, 0, text.length, quoteMarks(meta.id, text, ds.events), null).find((r) => r.text.includes(quote));
    expect(run?.quotedBy).toContain('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
  });
  it('reads ?at= only as a span inside the text', () => {
    expect(parsePassage('3-9', 'abcdefghij')).toEqual([3, 9]);
    expect(parsePassage('9-3', 'abcdefghij')).toBeNull();
    expect(parsePassage('3-99', 'abcdefghij')).toBeNull();
    expect(parsePassage('x', 'abcdefghij')).toBeNull();
    expect(parsePassage(undefined, 'abcdefghij')).toBeNull();
  });
});
