import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { wordsFor } from '@/lib/i18n/messages';
import { describeDate, describeMovement, movementLabel } from './describe';

let ds: Dataset;
let byId: Map<string, Dataset['places'][number]>;
beforeAll(async () => {
  ds = await readFixture();
  byId = new Map(ds.places.map((p) => [p.id, p]));
});
const event = (id: string) => ds.events.find((e) => e.id === id)!;

describe('describeMovement', () => {
  it('names the places in order, with via places between', () => {
    const m = describeMovement(event('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02'), byId, ds.events);
    expect([m.from.id, ...m.via.map((p) => p.id), m.to.id]).toEqual(['syria', 'al-waleed', 'ain-al-asad']);
    expect(movementLabel(m)).toBe('Reported movement, Syria to al-Waleed crossing to Ain al-Asad, 2 Oct 2024');
    expect(movementLabel(m, wordsFor({ locale: 'ar', months: 'levantine' }))).toBe(
      `تحرك مُبلَّغ عنه، ${m.from.name.ar} إلى ${m.via[0]!.name.ar} إلى ${m.to.name.ar}، ٢ تشرين الأول ٢٠٢٤`,
    );
  });

  it('links a denied movement to the statement that denies it', () => {
    const m = describeMovement(event('claimed-withdrawal-baghdad-to-erbil-2025-08-16'), byId, ds.events);
    expect(m.status).toBe('denied');
    expect(m.deniedBy.map((d) => d.id)).toEqual(['us-embassy-denies-full-baghdad-exit-2025-08-16']);
  });

  it('finds no denial for a movement nobody denied', () => {
    expect(describeMovement(event('planned-baghdad-to-kuwait-2025-09'), byId, ds.events).deniedBy).toEqual([]);
  });

  it('refuses a point event', () => {
    expect(() => describeMovement(event('us-strike-al-qaim-2024-01'), byId, ds.events)).toThrow(TypeError);
  });
});

describe('describeDate', () => {
  it('says how precise a date is and whether it was inferred', () => {
    expect(describeDate({ start: '2025-09-01', end: '2025-09-30', precision: 'month', inferred: false, basis: 'x' })).toBe('during September 2025 (to the month)');
    expect(describeDate({ start: '2024-01-24', end: '2024-01-24', precision: 'day', inferred: true, basis: 'x' })).toBe('24 Jan 2024 (to the day, inferred)');
    expect(describeDate({ start: '2024-01-24', end: '2024-01-24', precision: 'day', inferred: true, basis: 'x' }, wordsFor({ locale: 'ar', months: 'levantine' }))).toBe(
      '٢٤ كانون الثاني ٢٠٢٤ (باليوم، مُستنتَج)',
    );
  });
});
