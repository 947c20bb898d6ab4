import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import { checkDataset } from './rules';
import type { Dataset } from './schema';

let pristine: Dataset;
beforeAll(async () => {
  pristine = await readFixture();
});

/** The messages the rules give for a copy of the real dataset changed by `mutate`. */
function problemsAfter(mutate: (ds: Dataset) => void): string[] {
  const ds = structuredClone(pristine);
  mutate(ds);
  return checkDataset(ds).map((p) => p.message);
}

const CONVOY = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';
const eventById = (ds: Dataset, id: string) => ds.events.find((e) => e.id === id)!;

describe('cross-file rules', () => {
  it('find nothing wrong with the shipped dataset', () => {
    expect(checkDataset(pristine)).toEqual([]);
  });

  it('name a duplicated event id', () => {
    expect(problemsAfter((ds) => ds.events.push(structuredClone(ds.events[0]!)))).toContain(
      `data/events.json, record ${pristine.events[0]!.id}, field id: id is used more than once`,
    );
  });

  it('name an unknown place with the event, its index and the field', () => {
    const index = pristine.events.findIndex((e) => e.id === CONVOY);
    expect(problemsAfter((ds) => (eventById(ds, CONVOY).via = ['al-walid']))).toEqual([
      `data/events.json, record ${CONVOY} (#${index}), field via[0]: unknown place "al-walid"`,
    ]);
  });

  it('refuse a quote that is not byte-exact, e.g. with a plain space for a no-break space', () => {
    const id = 'claimed-withdrawal-baghdad-to-erbil-2025-08-16';
    const [problem] = problemsAfter((ds) => {
      const source = eventById(ds, id).sources[0]!;
      source.quote = source.quote.replaceAll('\u00a0', ' ');
    });
    expect(problem).toMatch(new RegExp(`record ${id} \\(#\\d+\\), field sources\\[0\\]\\.quote: not found in data/articles/003_de5a449507217197\\.txt`));
  });

  it('refuse an ambiguous quote and a quote from page furniture', () => {
    const problems = problemsAfter((ds) => {
      eventById(ds, CONVOY).sources[0]!.quote = 'سوريا';
      eventById(ds, CONVOY).sources[1]!.quote = 'مقالات مشابهة';
    });
    expect(problems[0]).toMatch(/field sources\[0\]\.quote: found \d+ times in data\/articles\/000_f32e547f1ff744d0\.txt/);
    expect(problems[1]).toMatch(/field sources\[1\]\.quote: lies in page furniture \(part furniture-3\)/);
  });

  it('need a denial for every denied event, and a denied target for every denial', () => {
    expect(problemsAfter((ds) => (eventById(ds, 'us-embassy-denies-full-baghdad-exit-2025-08-16').relations = []))).toEqual([
      expect.stringMatching(/claimed-withdrawal-baghdad-to-erbil-2025-08-16 .*field status: a denied event needs another event/),
    ]);
    expect(problemsAfter((ds) => (eventById(ds, 'claimed-withdrawal-baghdad-to-erbil-2025-08-16').status = 'claimed'))).toEqual([
      expect.stringMatching(/field relations\[0\]\.event: denies "claimed-withdrawal-baghdad-to-erbil-2025-08-16", whose status is claimed/),
    ]);
  });

  it('refuse a plan whose window closed before it was reported', () => {
    expect(
      problemsAfter((ds) => (eventById(ds, 'planned-ain-al-asad-to-erbil-2025-09').date = { ...eventById(ds, 'planned-ain-al-asad-to-erbil-2025-09').date, start: '2024-09-01', end: '2024-09-30' })),
    ).toEqual([expect.stringMatching(/field date\.end: a planned event ends \(2024-09-30\) before it was first reported \(2025-08-18\)/)]);
  });

  it('catch a changed article text, a gap between parts and a title not in the text', () => {
    const problems = problemsAfter((ds) => {
      const article = ds.articles.find((a) => a.meta.id === '004_1f1f26cba22a6fd6')!;
      article.text = article.text.replace('شفق نيوز', 'شفق  نيوز');
      article.meta.title.ar = 'عنوان غير موجود';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^data\/articles\/004_1f1f26cba22a6fd6\.json, record 004_1f1f26cba22a6fd6, field sha256: .* the stored text was changed/),
        expect.stringMatching(/field title\.ar: the Arabic title is not found in the text/),
        expect.stringMatching(/field parts\[0\]\.end: ends at 2046, but the text has 2047 characters/),
      ]),
    );
  });

  it('keep the six primary places primary', () => {
    expect(problemsAfter((ds) => (ds.places.find((p) => p.id === 'kuwait')!.primary = false))).toEqual([
      'data/places.json, record kuwait, field primary: this primary place is missing or not marked primary',
    ]);
  });
});
