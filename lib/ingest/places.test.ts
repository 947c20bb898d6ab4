import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '@/lib/testing/fixture';
import type { Place } from '@/lib/data/schema';
import { findPlaces, gazetteer } from './places';

const places = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'places.json'), 'utf8')) as Place[];
const g = gazetteer(places, { datasetOnly: true });
const ids = (text: string) => findPlaces(text, g).found.map((m) => m.placeId);

describe('findPlaces', () => {
  it('finds places through clitics, the article and spelling variants', () => {
    expect(ids('تعرضت قاعدة عين الاسد لهجوم')).toEqual(['ain-al-asad']);
    expect(ids('وصل الرتل بقاعدة عين الأسد')).toEqual(['ain-al-asad']);
    expect(ids('دخل من معبر الوليد إلى محافظة الأنبار')).toEqual(['al-waleed', 'anbar']);
    expect(ids('قرب البوكمال ومنطقة القائم')).toEqual(['al-qaim-al-bukamal', 'al-qaim-al-bukamal']);
    expect(ids('انسحاب من بغداد باتجاه أربيل')).toEqual(['baghdad', 'erbil']);
  });

  it('keeps each mention as the exact text it was found in', () => {
    const text = 'وقال المصدر إن "رتلا أمريكيا دخل اليوم من معبر الوليد باتجاه الأنبار"';
    for (const m of findPlaces(text, g).found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reports a place-like phrase that names no known place, and invents nothing', () => {
    const { found, unresolved } = findPlaces('نقلت معدات إلى قاعدة حرير في أربيل عبر منفذ ربيعة', g);
    expect(found.map((m) => m.placeId)).toEqual(['erbil']);
    expect(unresolved.map((u) => u.text)).toEqual(['قاعدة حرير', 'منفذ ربيعة']);
  });
});

describe('findPlaces over every layer', () => {
  const all = gazetteer(places);
  const found = (text: string) => findPlaces(text, all).found.map((m) => m.placeId);

  it('prefers a curated base to a GeoNames town of the same name, and names GeoNames towns the dataset lacks', () => {
    expect(found('نقلت معدات إلى قاعدة حرير عبر منفذ ربيعة')).toEqual(['harir', 'rabia-crossing']);
    expect(found('وصل الرتل إلى مدينة الحسكة')).toEqual(['gn-173811']);
  });

  it('does not take everyday words for towns', () => {
    expect(found('وأصدر الجيش بيانا أكد فيه بأنه لا دور له، وعرض صور الخبر')).toEqual([]);
  });

  it('says a name is ambiguous rather than guess: «عمان» is Amman or Oman', () => {
    const { found: named, unresolved } = findPlaces('وصل الوفد إلى عمان', all);
    expect(named).toEqual([]);
    expect(unresolved[0]?.candidates?.map((c) => c.id).sort()).toEqual(['country-om', 'gn-250441']);
    // A country the text names settles it.
    expect(findPlaces('وصل الوفد إلى عمان', all, 0, undefined, new Set(['JO'])).found.map((m) => m.placeId)).toEqual(['gn-250441']);
  });
});

describe('findPlaces and words that only look like places', () => {
  const all = gazetteer(places);
  it('reads «سورية» after the noun it describes as an adjective, and a dateline as where the report was filed', () => {
    expect(findPlaces('وقالت مصادر عسكرية سورية إن القوات غادرت', all).found.map((m) => m.placeId)).toEqual([]);
    expect(findPlaces('انسحبت القوات من سورية', all).found.map((m) => m.placeId)).toEqual(['syria']);
    expect(findPlaces('إيلاف من بيروت: ذكرت مصادر', all).found.map((m) => m.placeId)).toEqual([]);
  });
});
