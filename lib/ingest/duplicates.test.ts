/**
 * The duplicate rule: each of its four tests refuses on its own, the reasons say why in words, and
 * the wording is compared through the search's Arabic folding. The quotes are two outlets' words
 * about one deadline, as the fixture's articles 003 and 004 give them.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '@/lib/data/schema';
import { SIMILAR_WORDING, duplicateReasons, findDuplicates, jaccard, placeKeys, wordSet } from './duplicates';

const event = (id: string, change: Partial<EventRecord>): EventRecord => ({
  id,
  kind: 'movement',
  status: 'reported',
  actor: { en: 'Coalition', ar: 'التحالف' },
  from: 'ain-al-asad',
  to: 'erbil',
  date: { start: '2025-08-16', end: '2025-08-18', precision: 'range', inferred: false, basis: 'stated' },
  summary: { en: 'A convoy', ar: 'رتل' },
  sources: [{ article: '005_0123456789abcdef', quote: 'رتل', translation: 'a convoy' }],
  relations: [],
  ...change,
});

const CONVOY_A = 'انسحب رتل عسكري أمريكي من قاعدة عين الأسد باتجاه أربيل صباح اليوم';
const CONVOY_B = 'رتل للقوات الأمريكية ينسحب من قاعدة عين الاسد متجهاً إلى مدينة أربيل';
const UNRELATED = 'وزير الخارجية يستقبل السفير ويبحث معه العلاقات الثنائية والتعاون الاقتصادي';

const drafted = event('drafted', { sources: [{ article: '006_0123456789abcdef', quote: CONVOY_A, translation: '' }], summary: { en: '', ar: CONVOY_A } });
const archived = event('us-convoy-ain-al-asad-to-erbil-2025-08-17', {
  date: { start: '2025-08-17', end: '2025-08-17', precision: 'day', inferred: false, basis: 'stated' },
  sources: [{ article: '005_0123456789abcdef', quote: CONVOY_B, translation: 'a convoy' }],
});

describe('duplicateReasons', () => {
  it('names the kind, the shared days, the places and the similarity of a match', () => {
    const reasons = duplicateReasons(drafted, archived);
    expect(reasons).toEqual(['same kind: movement', 'dates overlap: 2025-08-17', 'same places: ain-al-asad → erbil', expect.stringMatching(/^similar wording: 0\.\d\d$/)]);
    expect(Number(reasons![3]!.split(': ')[1])).toBeGreaterThanOrEqual(SIMILAR_WORDING);
  });

  it('writes a span of shared days as a range', () => {
    const wide = { ...archived, date: { start: '2025-08-01', end: '2025-08-31', precision: 'month' as const, inferred: false, basis: 'stated' } };
    expect(duplicateReasons(drafted, wide)?.[1]).toBe('dates overlap: 2025-08-16 … 2025-08-18');
  });

  it('refuses another kind', () => {
    expect(duplicateReasons(drafted, { ...archived, kind: 'withdrawal', from: undefined, to: undefined, place: 'ain-al-asad' })).toBeNull();
  });

  it('refuses dates that do not overlap, even by one day', () => {
    expect(duplicateReasons(drafted, { ...archived, date: { ...archived.date, start: '2025-08-19', end: '2025-08-19' } })).toBeNull();
  });

  it('refuses a movement with another destination, or the same places the other way round', () => {
    expect(duplicateReasons(drafted, { ...archived, to: 'kuwait' })).toBeNull();
    expect(duplicateReasons(drafted, { ...archived, from: 'erbil', to: 'ain-al-asad' })).toBeNull();
  });

  it('compares the one place of other kinds', () => {
    const strike = (id: string, place: string, quote: string) => event(id, { kind: 'strike', from: undefined, to: undefined, place, sources: [{ article: '005_0123456789abcdef', quote, translation: 'x' }] });
    expect(duplicateReasons(strike('a', 'baghdad', CONVOY_A), strike('b', 'baghdad', CONVOY_B))?.[2]).toBe('same places: baghdad');
    expect(duplicateReasons(strike('a', 'baghdad', CONVOY_A), strike('b', 'erbil', CONVOY_B))).toBeNull();
  });

  it('refuses wording that shares too little', () => {
    expect(duplicateReasons(drafted, { ...archived, sources: [{ ...archived.sources[0]!, quote: UNRELATED }] })).toBeNull();
  });

  it('matches an archived event that has the drafted one’s id (ingest names both alike)', () => {
    expect(duplicateReasons(drafted, { ...drafted })?.[3]).toBe('similar wording: 1.00');
  });
});

describe('wordSet', () => {
  it('folds hamza, diacritics and clitics the way search does, and drops particles', () => {
    const a = wordSet(event('a', { summary: { en: '', ar: '' }, sources: [{ article: '005_0123456789abcdef', quote: 'وأَرْبيل في الأسد', translation: '' }] }));
    expect([...a].sort()).toEqual(['اربيل', 'اسد']);
  });
});

describe('jaccard', () => {
  it('is the shared part of the union, and 0 for two empty sets', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('placeKeys', () => {
  it('keeps from and to of a movement in order, and nothing of a movement without both', () => {
    expect(placeKeys(drafted)).toEqual([{ role: 'from', place: 'ain-al-asad' }, { role: 'to', place: 'erbil' }]);
    expect(placeKeys({ ...drafted, to: undefined })).toEqual([]);
  });
});

describe('findDuplicates', () => {
  it('lists only the matches, most similar first', () => {
    const closer = { ...archived, id: 'closer', sources: [{ ...archived.sources[0]!, quote: CONVOY_A }] };
    const other = { ...archived, id: 'other', to: 'kuwait' };
    const found = findDuplicates(drafted, [archived, other, closer]);
    expect(found.map((d) => d.event)).toEqual(['closer', 'us-convoy-ain-al-asad-to-erbil-2025-08-17']);
    expect(found[0]!.reasons[3]).toBe('similar wording: 1.00');
  });
});
