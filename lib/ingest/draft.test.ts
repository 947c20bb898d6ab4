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

  it('reaches F1 ≥ 0.78 on (place, date) against the curated events of the seed articles', () => {
    // Each article's drafts against the events curated from that article, counts summed. The
    // curated seed leaves out some events that ingest now drafts from the text as it stands (001's
    // return of 1,950 soldiers from Iraq into Syria through al-Qaim, 003's planned withdrawal from the
    // Kurdistan Region), and they count against it here; the development set is the better guide.
    const scores = seed.map((s) => placeDateScore(s.draft.events, ds.events.filter((e) => e.sources.some((src) => src.article === s.id))));
    expect(total(scores).f1).toBeGreaterThanOrEqual(0.78);
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

  it('names the curated bases that were unknown to the dataset, and proposes them as new places', () => {
    // The labels list «قاعدة حرير», «منفذ ربيعة», «قاعدة فكتوريا»: unknown to data/places.json, known to the curated layer.
    const { draft } = fixture('levant-dated-convoy-erbil');
    expect(draft.unresolvedPlaces.map((u) => u.text)).not.toContain('قاعدة حرير');
    const harir = draft.newPlaces.find((p) => p.place.id === 'harir');
    expect(harir?.place.coordinatesSource.detail).toBeTruthy();
  });

  it('reads several destinations, parts sent two ways, and an origin told the sentence before', () => {
    const draft = (text: string) => draftEvents(text, { date: '2025-08-30', inferred: false, basis: 'test' }, ds.places).events.filter((e) => e.kind === 'movement').map((e) => `${e.from}→${e.to}`);
    expect(draft('انسحبت القوات الأمريكية اليوم من قاعدة عين الأسد إلى أربيل والكويت.')).toEqual(['ain-al-asad→erbil', 'ain-al-asad→kuwait']);
    expect(draft('انطلق رتل اليوم من قاعدة عين الأسد إلى بغداد ثم إلى أربيل.')).toEqual(['ain-al-asad→erbil']);
    expect(draft('شهد اليوم انسحاب أرتال أمريكية من قاعدة عين الأسد. وأشارت المصادر إلى أن جزءاً منها توجه إلى إقليم كردستان، حيث قاعدة حرير الجوية، وقسم آخر توجه إلى الأراضي السورية، حيث قاعدة التنف.')).toEqual(['ain-al-asad→harir', 'ain-al-asad→al-tanf']);
    expect(draft('وصل اليوم رتل عسكري إلى أربيل قادماً من قاعدة عين الأسد.')).toEqual(['ain-al-asad→erbil']);
    expect(draft('وصلت اليوم إحدى المسيرات من البوكمال إلى دير الزور.')).toEqual([]);
    expect(draft('وجرى اليوم نقل جنود ومعدات من قاعدتي الشدادي جنوب الحسكة وحقل العمر في محافظة دير الزور إلى قسرك.')).toEqual(['al-shaddadi→qasrak', 'al-omar→qasrak']);
    expect(draft('وجرى الانسحاب اليوم من قاعدة قسرك باتجاه إقليم كردستان العراق، فيما شملت المرحلة الأولى نقل معدات من قاعدة الشدادي إلى قسرك.')).toEqual(['qasrak→kurdistan-region', 'al-shaddadi→qasrak']);
    expect(draft('تنسحب اليوم القوات الأمريكية من مقر قيادة العمليات المشتركة في بغداد إلى أربيل.')).toEqual(['baghdad→erbil']);
    expect(draft('انطلقت اليوم 70 شاحنة من قاعدة حرير على أن تصل إلى القواعد الأمريكية المنتشرة في الحسكة.')).toEqual(['harir→gn-173811']);
    expect(draft('أرسلت واشنطن اليوم قوات إلى شمال سوريا من دون موافقة رسمية من دمشق.')).toEqual([]);
    expect(draft('وبيّن المصدر أن الرتل الذي غادر اليوم قاعدة عين الأسد ربما يكون متجهاً إلى قاعدة حرير.')).toEqual([]);
    // The same move told again less exactly, with a country for its end.
    expect(draft('غادر رتل اليوم قاعدة حرير باتجاه سوريا. وانطلق الرتل من قاعدة حرير إلى مدينة الحسكة.')).toEqual(['harir→gn-173811']);
  });

  it('keeps a geo precision for each place: the place, near it, or only the region', () => {
    const events = draftEvents('تعرضت قاعدة عين الأسد اليوم لهجوم. وقصفت طائرات اليوم مواقع قرب أربيل. وأعلنت بغداد اليوم انسحاب القوات من محافظة الأنبار.', { date: '2025-08-30', inferred: false, basis: 'test' }, ds.places).events;
    expect(events.find((e) => e.place === 'ain-al-asad')?.geoPrecision).toEqual({ place: 1 });
    expect(events.find((e) => e.place === 'erbil')?.geoPrecision).toEqual({ place: 2 });
    expect(events.find((e) => e.place === 'anbar')?.geoPrecision).toEqual({ place: 3 });
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
