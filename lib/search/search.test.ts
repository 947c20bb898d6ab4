import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { buildSearchIndex, search, sentences, type SearchHit, type SearchIndex } from './search';

let ds: Dataset;
let index: SearchIndex;
beforeAll(async () => {
  ds = await readFixture();
  index = buildSearchIndex(ds.places, ds.events, ds.articles);
});
const ids = (hits: SearchHit[], kind: SearchHit['kind']) =>
  hits.filter((h) => h.kind === kind).map((h) => (h.kind === 'passage' ? h.articleId : h.id));

describe('search over the dataset', () => {
  it('finds Ain al-Asad from «عين الاسد», "Asad" and "Ayn al-Asad", as the first place', () => {
    for (const q of ['عين الاسد', 'عين الأسد', 'Asad', 'Ayn al-Asad']) expect(ids(search(index, q), 'place')[0], q).toBe('ain-al-asad');
  });
  it('finds the al-Qaim / Al-Bukamal crossing from «البوكمال», and al-Waleed from "Waleed" or "Walid"', () => {
    expect(ids(search(index, 'البوكمال'), 'place')).toContain('al-qaim-al-bukamal');
    expect(ids(search(index, 'Waleed'), 'place')).toContain('al-waleed');
    expect(ids(search(index, 'Walid'), 'place')).toContain('al-waleed');
  });
  it('finds events by their quotes and passages by their words, with offsets into the stored text', () => {
    const hits = search(index, 'رتلا أمريكيا');
    expect(ids(hits, 'event')).toContain('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
    const passage = hits.find((h) => h.kind === 'passage');
    expect(passage?.kind).toBe('passage');
    if (passage?.kind !== 'passage') return;
    const text = ds.articles.find((a) => a.meta.id === passage.articleId)!.text;
    expect(text.slice(passage.start, passage.end)).toBe(passage.text);
    expect(passage.text).toContain('رتلا أمريكيا');
  });
  it('gives each event the primary place it is shown at', () => {
    const hit = search(index, 'رتلا أمريكيا').find((h) => h.kind === 'event');
    expect(hit?.kind === 'event' && hit.placeId).toBe('ain-al-asad');
  });
  it('finds nothing for an empty query or a word in no record', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, 'zzzzqx')).toEqual([]);
  });
});

describe('sentences', () => {
  it('splits after sentence ends and at line breaks, trimmed, within the span given', () => {
    const text = 'First one. Second?\nThird؟ ok';
    expect(sentences(text).map(([a, b]) => text.slice(a, b))).toEqual(['First one.', 'Second?', 'Third؟', 'ok'].filter((s) => s.length >= 3));
    expect(sentences(text, 11, 18).map(([a, b]) => text.slice(a, b))).toEqual(['Second?']);
  });
});
