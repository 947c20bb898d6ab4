import { describe, expect, it } from 'vitest';
import { DAY_MS, addDays, firstOfMonth, isIsoDate, isoWeekday, lastOfMonth, middayOf, middayOfDate, rangesOverlap, toUtcMs } from './date';

describe('ISO dates in UTC', () => {
  it('accepts real dates and rejects impossible or malformed ones', () => {
    expect(isIsoDate('2024-10-02')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-2')).toBe(false);
    expect(isIsoDate('2024-10-02T00:00:00Z')).toBe(false);
  });

  it('throws a RangeError naming the bad value', () => {
    expect(() => toUtcMs('02/10/2024')).toThrow(/"02\/10\/2024"/);
  });

  it('stands a day for its midday, from any moment of it', () => {
    expect(new Date(middayOfDate('2024-10-02')).toISOString()).toBe('2024-10-02T12:00:00.000Z');
    expect(middayOf(toUtcMs('2024-10-02'))).toBe(middayOfDate('2024-10-02'));
    expect(middayOf(toUtcMs('2024-10-03') - 1)).toBe(middayOfDate('2024-10-02'));
    expect(middayOf(toUtcMs('2024-10-03'))).toBe(middayOfDate('2024-10-02') + DAY_MS);
  });

  it('does date arithmetic without time-zone drift', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(firstOfMonth('2025-09-17')).toBe('2025-09-01');
    expect(lastOfMonth('2025-09-17')).toBe('2025-09-30');
    expect(lastOfMonth('2024-02-10')).toBe('2024-02-29');
  });

  // The weekdays the articles name must fall on the dates we resolved them to.
  it.each([
    ['2024-10-02', 3, 'اليوم الأربعاء (000)'],
    ['2024-09-27', 5, 'الجمعة الماضية (000)'],
    ['2024-01-24', 3, 'اليوم الأربعاء (002)'],
    ['2024-01-20', 6, 'السبت (002)'],
    ['2024-10-20', 7, 'الأحد الماضى (001)'],
    ['2024-12-18', 3, 'الأربعاء (001, appended)'],
    ['2025-08-30', 6, 'اليوم السبت (003)'],
    ['2025-08-29', 5, 'the embassy statement that 003 quotes (Friday)'],
    ['2025-08-18', 1, 'يوم الاثنين (004)'],
  ])('%s is weekday %i, as «%s» says', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('treats ranges as closed', () => {
    expect(rangesOverlap('2024-01-01', '2024-01-31', '2024-01-31', '2024-02-10')).toBe(true);
    expect(rangesOverlap('2024-01-01', '2024-01-30', '2024-01-31', '2024-02-10')).toBe(false);
  });
});
