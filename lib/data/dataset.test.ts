/**
 * The seed dataset, as frozen in the fixture: the events the briefing depends on come out right,
 * and the dates worked out from weekdays say so. (That its texts are the recorded bytes and its
 * quotes byte-exact is checked for whatever data/ holds, in live-data.test.ts.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset, EventRecord } from './schema';

let ds: Dataset;
const event = (id: string): EventRecord => {
  const found = ds.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
};

beforeAll(async () => {
  ds = await readFixture();
});

describe('the dataset', () => {
  it('has the six primary places and 30–45 events', () => {
    expect(ds.places.filter((p) => p.primary).map((p) => p.id).sort()).toEqual(
      ['al-qaim-al-bukamal', 'al-waleed', 'ain-al-asad', 'baghdad', 'erbil', 'kuwait'].sort(),
    );
    expect(ds.events.length).toBeGreaterThanOrEqual(30);
    expect(ds.events.length).toBeLessThanOrEqual(45);
  });

  it('keeps the no-break spaces of 003 in its quotes', () => {
    const quote = event('claimed-withdrawal-baghdad-to-erbil-2025-08-16').sources[0]!.quote;
    expect(quote).toContain('\u00a0');
  });
});

describe('the events the briefing depends on', () => {
  it('000: the US convoy from Syria via al-Waleed toward Ain al-Asad on 2 Oct 2024', () => {
    const e = event('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02');
    expect(e).toMatchObject({ kind: 'movement', status: 'reported', from: 'syria', via: ['al-waleed'], to: 'ain-al-asad' });
    expect(e.date).toMatchObject({ start: '2024-10-02', precision: 'day', inferred: false });
  });

  it('004: the first convoy out of Ain al-Asad toward Syria, dated by inference', () => {
    const e = event('us-convoy-leaves-ain-al-asad-toward-syria-2025-08-18');
    expect(e).toMatchObject({ kind: 'movement', from: 'ain-al-asad', to: 'syria' });
    expect(e.date).toMatchObject({ start: '2025-08-18', inferred: true });
  });

  it('003: the withdrawal to Erbil is denied by the embassy, and the denial points at it', () => {
    expect(event('claimed-withdrawal-baghdad-to-erbil-2025-08-16')).toMatchObject({ status: 'denied', from: 'baghdad', to: 'erbil' });
    expect(event('claimed-withdrawal-ain-al-asad-to-erbil-2025-08-16')).toMatchObject({ status: 'claimed', from: 'ain-al-asad', to: 'erbil' });
    expect(event('us-embassy-denies-full-baghdad-exit-2025-08-16').relations).toContainEqual({
      kind: 'denies',
      event: 'claimed-withdrawal-baghdad-to-erbil-2025-08-16',
    });
  });

  it('003/004: moves to Erbil and Kuwait are plans with deadlines, never done movements', () => {
    const planned = ds.events.filter((e) => e.status === 'planned' && e.kind === 'movement');
    expect(new Set(planned.map((e) => e.to))).toEqual(new Set(['erbil', 'kuwait']));
    expect(event('deadline-coalition-mission-iraq-2025-09').date).toMatchObject({ start: '2025-09-01', end: '2025-09-30', precision: 'month' });
    expect(event('deadline-coalition-kurdistan-2026-09')).toMatchObject({ status: 'planned', place: 'erbil' });
  });

  it('003: dated Saturday 30 Aug 2025, its «اليوم» claims with it, the embassy denial by its own statement of the day before', () => {
    const meta = ds.articles.find((a) => a.meta.id === '003_de5a449507217197')!.meta;
    expect(meta.published).toMatchObject({ date: '2025-08-30', precision: 'day', inferred: true });
    expect(meta.published.basis).toContain('29 August 2025');
    for (const id of ['claimed-withdrawal-baghdad-to-erbil-2025-08-16', 'claimed-withdrawal-ain-al-asad-to-erbil-2025-08-16', 'claimed-withdrawal-baghdad-airport-to-erbil-2025-08-16', 'us-troops-iraq-syria-2025-08'])
      expect(event(id).date, id).toMatchObject({ start: '2025-08-30', end: '2025-08-30', precision: 'day', inferred: true });
    expect(event('us-embassy-denies-full-baghdad-exit-2025-08-16').date).toMatchObject({ start: '2025-08-29', precision: 'day', inferred: true });
    // Dated by other words, so unchanged: the joint statement it cites, the equipment reports of August.
    expect(event('joint-statement-end-coalition-mission-2024-09-27').date.start).toBe('2024-09-27');
    expect(event('us-equipment-removed-ain-al-asad-2025-08').date).toMatchObject({ start: '2025-08-01', end: '2025-08-31', precision: 'month' });
  });

  it('names, for each weekday-only article, the outside evidence for its day', () => {
    const basis = (id: string) => ds.articles.find((a) => a.meta.id === id)!.meta.published.basis;
    expect(basis('002_fd6a5358d70ec4e1')).toMatch(/Romanowski.*external corroboration/s);
    expect(basis('003_de5a449507217197')).toMatch(/embassy.*external corroboration/s);
    expect(basis('004_1f1f26cba22a6fd6')).toMatch(/18 آب 2025.*external corroboration/s);
  });

  it('002: strikes at Jurf al-Sakhar and al-Qaim, attacks on Ain al-Asad', () => {
    expect(event('us-strike-jurf-al-sakhar-2024-01')).toMatchObject({ kind: 'strike', place: 'jurf-al-sakhar' });
    expect(event('us-strike-al-qaim-2024-01')).toMatchObject({ kind: 'strike', place: 'al-qaim-al-bukamal' });
    const attacks = ds.events.filter((e) => e.kind === 'attack' && e.place === 'ain-al-asad' && e.date.start.startsWith('2024-01'));
    expect(attacks.map((e) => e.date.start).sort()).toEqual(['2024-01-20', '2024-01-23']);
  });

  it('001: the Syrian soldiers returned through al-Qaim / Al-Bukamal, dated by the appended story', () => {
    const e = event('syrian-soldiers-returned-al-qaim-2024-12');
    expect(e).toMatchObject({ from: 'iraq', via: ['al-qaim-al-bukamal'], to: 'syria', strength: { count: 1905 } });
    const appended = ds.articles.find((a) => a.meta.id === '001_37c9bb5fdf71ec70')!.meta.parts.find((p) => p.kind === 'appended')!;
    expect(e.date.start).toBe(appended.published!.date);
  });

  it('marks as inferred every day-precise date that rests on an undated article', () => {
    const undated = new Set(ds.articles.filter((a) => a.meta.published.inferred).map((a) => a.meta.id));
    expect([...undated].sort()).toEqual(['002_fd6a5358d70ec4e1', '003_de5a449507217197', '004_1f1f26cba22a6fd6']);
    for (const e of ds.events) {
      if (e.date.precision === 'day' && e.sources.every((s) => undated.has(s.article))) expect(e.date.inferred, e.id).toBe(true);
    }
  });
});
