import { describe, expect, it } from 'vitest';
import { type EventTiming } from './animation';
import { DAY_MS, toUtcMs } from './date';
import { buildTimeline, clampTime, fractionAt, monthStarts, monthlyDensity, nextEventTime, previousEventTime } from './timeline';

const t = (start: string, end: string, kind: EventTiming['kind'] = 'movement'): EventTiming => ({
  kind, status: 'reported', precision: 'day', startMs: toUtcMs(start), endMs: toUtcMs(end) + DAY_MS,
});
const timeline = buildTimeline(
  new Map([
    ['a', t('2024-01-20', '2024-01-20', 'attack')],
    ['b', t('2024-10-02', '2024-10-02')],
    ['c', t('2024-10-11', '2024-10-11', 'strike')],
    ['d', t('2026-09-01', '2026-09-30', 'deadline')],
  ]),
);

describe('buildTimeline', () => {
  it('runs from the first event to the last day any event reaches', () => {
    expect(timeline.startMs).toBe(toUtcMs('2024-01-20'));
    expect(timeline.endMs).toBe(toUtcMs('2026-09-30'));
    expect(timeline.ticks.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('puts the events of one day and kind under one tick, counted, so that a large dataset stays a short list', () => {
    const busy = buildTimeline(new Map([['x', t('2024-10-02', '2024-10-02')], ['y', t('2024-10-02', '2024-10-02')], ['z', t('2024-10-02', '2024-10-02', 'strike')]]));
    expect(busy.ticks).toEqual([
      { id: 'x', kind: 'movement', ms: toUtcMs('2024-10-02'), count: 2 },
      { id: 'z', kind: 'strike', ms: toUtcMs('2024-10-02'), count: 1 },
    ]);
    expect(monthlyDensity(busy)).toEqual([3]);
  });
  it('clamps and measures positions', () => {
    expect(clampTime(timeline, 0)).toBe(timeline.startMs);
    expect(fractionAt(timeline, timeline.endMs)).toBe(1);
    expect(fractionAt(timeline, timeline.startMs)).toBe(0);
  });
});

describe('month labels and density', () => {
  it('labels each first of the month inside the span', () => {
    const months = monthStarts(timeline);
    expect(new Date(months[0]!).toISOString().slice(0, 10)).toBe('2024-02-01');
    expect(new Date(months.at(-1)!).toISOString().slice(0, 10)).toBe('2026-09-01');
  });
  it('counts events per month', () => {
    const density = monthlyDensity(timeline);
    expect(density).toHaveLength(33);
    expect(density[0]).toBe(1);
    expect(density[9]).toBe(2);
    expect(density.reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('stepping from event to event', () => {
  it('goes to the next and the previous event date', () => {
    const midday = toUtcMs('2024-10-02') + DAY_MS / 2;
    expect(nextEventTime(timeline, midday)).toBe(toUtcMs('2024-10-11'));
    expect(previousEventTime(timeline, midday)).toBe(toUtcMs('2024-01-20'));
    expect(nextEventTime(timeline, toUtcMs('2026-09-01'))).toBeNull();
    expect(previousEventTime(timeline, toUtcMs('2024-01-20'))).toBeNull();
  });
});
