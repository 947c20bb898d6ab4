import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { citationText } from './citation';

let ds: Dataset;
beforeAll(async () => {
  ds = await readFixture();
});

describe('citationText', () => {
  it('cites the outlet, title, date, verbatim quote, translation and a link to the map at that date and place', () => {
    const event = ds.events.find((e) => e.id === 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02')!;
    const i = event.sources.findIndex((s) => s.quote.includes('رتلا أمريكيا'));
    const article = ds.articles.find((a) => a.meta.id === event.sources[i]!.article)!;
    const text = citationText(event, i, article.meta, 'http://127.0.0.1:3000', 'ain-al-asad');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Baghdad Today (بغداد اليوم), “US convoy enters Anbar from Syria through the al-Waleed crossing” («دخول رتل أمريكي من سوريا عبر معبر الوليد إلى محافظة الأنبار»), published 2 Oct 2024.',
    );
    // The quote is byte-exact: the article's text contains it as cited.
    expect(article.text).toContain(lines[1]!.slice(1, -1));
    expect(lines[2]).toBe(`“${event.sources[i]!.translation}”`);
    expect(lines[3]).toBe('Sitrep: http://127.0.0.1:3000/?place=ain-al-asad&t=2024-10-02');
  });
  it('refuses a source the event does not have', () => {
    const event = ds.events[0]!;
    expect(() => citationText(event, 99, ds.articles[0]!.meta, 'http://x', 'baghdad')).toThrow(RangeError);
  });
});
