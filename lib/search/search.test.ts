import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { searchTerms } from './normalize';
import { eventText, passages, placeText, queryWords, sentences, wordForms } from './search';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe('sentences', () => {
  it('splits after sentence ends and at line breaks, trimmed, within the span given', () => {
    const text = 'First one. Second?\nThird؟ ok';
    expect(sentences(text).map(([a, b]) => text.slice(a, b))).toEqual(['First one.', 'Second?', 'Third؟', 'ok'].filter((s) => s.length >= 3));
    expect(sentences(text, 11, 18).map(([a, b]) => text.slice(a, b))).toEqual(['Second?']);
  });
});

describe('what is indexed', () => {
  it("takes an article's main and appended parts a sentence at a time, and never its furniture", () => {
    const article = ds.articles.find((a) => a.meta.parts.some((p) => p.kind === 'appended'))!;
    const spans = passages(article.meta, article.text);
    const furniture = article.meta.parts.filter((p) => p.kind === 'furniture');
    expect(furniture.length).toBeGreaterThan(0);
    expect(spans.some((s) => s.appended)).toBe(true);
    for (const s of spans) expect(furniture.some((p) => s.start < p.end && p.start < s.end), article.text.slice(s.start, s.end)).toBe(false);
  });

  it('gives the same forms as searchTerms on the whole text, for every record of the dataset', () => {
    const texts = [
      ...ds.places.map(placeText),
      ...ds.events.map(eventText),
      ...ds.articles.flatMap((a) => passages(a.meta, a.text).map((s) => a.text.slice(s.start, s.end))),
      'Ayn  al-Asad\u00a0و\tبالقاعدة\nالجوية ١٢٣',
    ];
    const memo = new Map<string, readonly string[]>();
    for (const text of texts) expect(wordForms(text, memo).sort(), text).toEqual([...new Set(searchTerms(text).flat())].sort());
  });

  it('reads a query as its words, each with the forms it may start', () => {
    expect(queryWords('وبالقاعدة Ayn al-Asad')).toEqual([['وبالقاعده', 'قاعده', 'بالقاعده'], ['ain'], ['asad']]);
    expect(queryWords(' al ')).toEqual([]);
    // «ع» and the second «عين» add nothing that «عين» does not ask already.
    expect(queryWords('ع عين عين Asad')).toEqual([['عين'], ['asad']]);
  });
});
