import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import type { EventTiming } from '@/lib/time/animation';
import { describePlaceState } from '@/lib/events/describe';
import { formats } from '@/lib/i18n/format';
import { MESSAGES } from '@/lib/i18n/messages';
import { middayOfDate } from '@/lib/time/date';
import { placeStateAt } from '@/lib/time/place-state';
import { eventTimings } from '@/lib/time/timings';

let ds: Dataset;
let timings: Map<string, EventTiming>;
beforeAll(async () => {
  ds = await readFixture();
  timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
});
const state = (place: string, date: string, locale: 'en' | 'ar' = 'en') => {
  const found = placeStateAt(place, ds.events, timings, middayOfDate(date));
  return found && describePlaceState(found, MESSAGES[locale], formats({ locale, months: 'levantine' }));
};

describe('a place\'s state at a date, in words', () => {
  it('says nothing before anything has happened at a place', () => {
    expect(state('kuwait', '2024-01-01')).toBeNull();
  });
  it('describes the latest event the timeline has reached', () => {
    expect(state('al-waleed', '2024-10-02')).toBe('passage reported');
    expect(state('ain-al-asad', '2024-10-02')).toBe('arrival reported');
  });
  it('speaks of plans with their deadline and of denied claims as denied', () => {
    expect(state('kuwait', '2025-08-20')).toMatch(/^arrival planned by Sept? 202[56]$/);
    expect(state('baghdad', '2025-08-30')).not.toBeNull();
  });
  it('calls a plan overdue once its deadline has passed', () => {
    expect(state('kuwait', '2026-10-15')).toMatch(/^arrival overdue \(planned by Sept? 2026\)$/);
  });
  it('says it in Arabic, with the month as the interface names it', () => {
    expect(state('ain-al-asad', '2024-10-02', 'ar')).toBe('وصول — مُبلَّغ عنه');
    expect(state('kuwait', '2026-10-15', 'ar')).toBe('وصول — تجاوز موعده (كان مقرَّراً بحلول أيلول ٢٠٢٦)');
  });
});
