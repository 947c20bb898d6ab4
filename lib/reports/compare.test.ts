import { beforeAll, describe, expect, it } from 'vitest';
import { middayOfDate } from '@/lib/time/date';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import type { EventTiming } from '@/lib/time/animation';
import { eventTimings } from '@/lib/time/timings';
import { mapEventsOfDataset, type MapEvent } from '@/lib/store/map-events';
import { placeChanges, type PlaceChange } from './compare';

let events: MapEvent[];
let timings: Map<string, EventTiming>;
beforeAll(async () => {
  const ds: Dataset = await readFixture();
  events = mapEventsOfDataset(ds);
  timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
});

/** Midday UTC on a date. */
const noon = middayOfDate;
const changes = (place: string, a: string, b: string) => placeChanges(place, events, timings, noon(a), noon(b));
const summary = (list: PlaceChange[]) => list.map((c) => `${c.kind}:${c.event.id}`);

const CONVOY = 'us-convoy-syria-al-waleed-ain-al-asad-2024-10-02';
const DENIED_CLAIM = 'claimed-withdrawal-baghdad-to-erbil-2025-08-16';
const EMBASSY_DENIAL = 'us-embassy-denies-full-baghdad-exit-2025-08-16';

describe('placeChanges', () => {
  it('lists the US convoy arriving at Ain al-Asad via al-Waleed on 2 October 2024', () => {
    const list = changes('ain-al-asad', '2024-10-01', '2024-10-03');
    expect(summary(list)).toEqual([`arrival:${CONVOY}`]);
    expect(list[0]!.at).toBe(Date.parse('2024-10-02T00:00:00Z'));
    expect(list[0]!.event.status).toBe('reported');
    // The same movement is a passage at al-Waleed.
    expect(summary(changes('al-waleed', '2024-10-01', '2024-10-03'))).toEqual([`passage:${CONVOY}`]);
  });

  it('gives the same list whichever date is pinned first', () => {
    for (const [place, a, b] of [
      ['ain-al-asad', '2024-10-01', '2024-10-03'],
      ['erbil', '2025-08-01', '2025-10-15'],
      ['kuwait', '2024-01-01', '2027-01-01'],
    ] as const) {
      expect(changes(place, b, a), place).toEqual(changes(place, a, b));
    }
  });

  it('sorts changes by time, then by event id', () => {
    const list = changes('erbil', '2024-01-01', '2027-01-01');
    const keys = list.map((c) => [c.at, c.event.id] as const);
    expect(keys).toEqual([...keys].sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1])));
  });

  it("adds the embassy's denial of the claimed withdrawal to Erbil once the interval covers it", () => {
    // At Erbil, where the denied claim ends: the statement names only Baghdad, yet it is a change here.
    const erbil = changes('erbil', '2025-08-28', '2025-08-31');
    expect(erbil).toContainEqual({ event: expect.objectContaining({ id: EMBASSY_DENIAL }), kind: 'denial', at: Date.parse('2025-08-29T00:00:00Z') });
    expect(erbil).toContainEqual(expect.objectContaining({ kind: 'arrival', event: expect.objectContaining({ id: DENIED_CLAIM, status: 'denied' }) }));
    // At Baghdad, which the statement itself names: once, as a denial.
    // The statement (29 Aug) came the day before the claim it denies (30 Aug).
    expect(summary(changes('baghdad', '2025-08-28', '2025-08-31'))).toEqual([`denial:${EMBASSY_DENIAL}`, `departure:${DENIED_CLAIM}`]);
    // Not before the denial.
    expect(summary(changes('erbil', '2025-08-01', '2025-08-28'))).not.toContain(`denial:${EMBASSY_DENIAL}`);
  });

  it('does not count a contradiction as a denial', () => {
    // The statement only contradicts the claimed withdrawal from Ain al-Asad; it denies the one from Baghdad.
    expect(summary(changes('ain-al-asad', '2025-08-28', '2025-08-31'))).toEqual(['departure:claimed-withdrawal-ain-al-asad-to-erbil-2025-08-16']);
  });

  it('marks a plan overdue when its deadline falls inside the interval', () => {
    const list = changes('ain-al-asad', '2025-09-15', '2025-10-02');
    expect(summary(list)).toEqual(['overdue:planned-ain-al-asad-to-erbil-2025-09', 'overdue:planned-ain-al-asad-to-kuwait-2025-09']);
    expect(list.every((c) => c.at === Date.parse('2025-10-01T00:00:00Z'))).toBe(true);
  });

  it('counts a plan from its first report, not from its planned date', () => {
    // Reported on 18 August 2025, due in September 2025.
    expect(summary(changes('kuwait', '2025-08-17', '2025-08-19'))).toContain('arrival:planned-ain-al-asad-to-kuwait-2025-09');
    expect(summary(changes('kuwait', '2025-08-19', '2025-09-15'))).toEqual([]);
  });

  it('gives nothing when both dates are the same', () => {
    expect(changes('ain-al-asad', '2024-10-02', '2024-10-02')).toEqual([]);
    expect(changes('baghdad', '2025-08-30', '2025-08-30')).toEqual([]);
  });

  it('gives nothing for an interval in which nothing happens at the place', () => {
    expect(changes('ain-al-asad', '2024-06-01', '2024-09-01')).toEqual([]);
    expect(changes('kuwait', '2024-01-01', '2025-08-01')).toEqual([]);
  });
});
