import { describe, expect, it } from 'vitest';
import { dateClaimSchema, eventSchema, placeSchema } from './schema';

const date = (start: string, end: string, precision: string) => ({ start, end, precision, inferred: false, basis: 'test' });
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('dateClaimSchema', () => {
  it.each([
    [date('2024-10-02', '2024-10-02', 'day')],
    [date('2025-09-01', '2025-09-30', 'month')],
    [date('2024-12-18', '2024-12-20', 'range')],
    [date('2024-01-01', '2024-12-31', 'year')],
  ])('accepts %o', (d) => expect(dateClaimSchema.safeParse(d).success).toBe(true));

  it.each([
    [date('2024-10-03', '2024-10-02', 'range'), 'end: start 2024-10-03 is after end 2024-10-02'],
    [date('2024-10-02', '2024-10-03', 'day'), 'end: a day-precision date has start = end'],
    [date('2025-09-01', '2025-09-29', 'month'), 'end: a month-precision date runs from the first to the last day of one month'],
    [date('2024-10-02', '2024-10-02', 'range'), 'end: a range has start < end; use day precision'],
    [date('2024-02-30', '2024-02-30', 'day'), 'start: is not a real calendar date'],
  ])('rejects %o', (d, message) => expect(messages(dateClaimSchema.safeParse(d))).toContain(message));
});

describe('eventSchema', () => {
  const base = {
    id: 'e', kind: 'movement', status: 'reported', actor: { en: 'a', ar: 'ا' },
    date: date('2024-10-02', '2024-10-02', 'day'), summary: { en: 's', ar: 'س' },
    sources: [{ article: '000_f32e547f1ff744d0', quote: 'q', translation: 't' }], relations: [],
  };

  it('needs from and to for a movement, and a place for anything else', () => {
    expect(messages(eventSchema.safeParse(base))).toEqual(['from: a movement needs a from place', 'to: a movement needs a to place']);
    expect(messages(eventSchema.safeParse({ ...base, kind: 'strike' }))).toEqual(['place: a strike event needs a place']);
    expect(eventSchema.safeParse({ ...base, from: 'syria', to: 'ain-al-asad' }).success).toBe(true);
  });

  it('rejects unknown fields, statuses and empty sources', () => {
    expect(messages(eventSchema.safeParse({ ...base, from: 'a', to: 'b', colour: 'red' }))[0]).toMatch(/colour/);
    expect(messages(eventSchema.safeParse({ ...base, from: 'a', to: 'b', status: 'rumoured' }))[0]).toMatch(/^status:/);
    expect(messages(eventSchema.safeParse({ ...base, from: 'a', to: 'b', sources: [] }))[0]).toMatch(/^sources:/);
  });
});

describe('placeSchema', () => {
  const place = {
    id: 'baghdad', name: { en: 'Baghdad', ar: 'بغداد' }, aliases: ['بغداد'], kind: 'city', primary: true,
    coordinates: [44.3661, 33.3152], coordinatesSource: { kind: 'reference', detail: 'd' }, country: 'IQ',
  };
  it('takes coordinates as numbers in [lon, lat] order within range', () => {
    expect(placeSchema.safeParse(place).success).toBe(true);
    expect(placeSchema.safeParse({ ...place, coordinates: ['44.3', '33.3'] }).success).toBe(false);
    expect(messages(placeSchema.safeParse({ ...place, coordinates: [33.3, 244.3] }))[0]).toMatch(/^coordinates\.1:/);
  });
  it('wants kebab-case ids and alpha-2 countries', () => {
    expect(messages(placeSchema.safeParse({ ...place, id: 'Ain Al Asad' }))[0]).toMatch(/kebab-case/);
    expect(messages(placeSchema.safeParse({ ...place, country: 'IRQ' }))[0]).toMatch(/alpha-2/);
  });
});
