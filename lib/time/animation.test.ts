import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { DEFAULT_ANIMATION, isActive, movementFrame, pointFrame, type EventTiming } from './animation';
import { DAY_MS, toUtcMs } from './date';
import { eventTimings } from './timings';

const at = (date: string, hours = 0) => toUtcMs(date) + hours * 3_600_000;
const timing = (over: Partial<EventTiming>): EventTiming => ({
  kind: 'movement', status: 'reported', precision: 'day', startMs: at('2024-10-02'), endMs: at('2024-10-03'), ...over,
});

describe('movementFrame: a movement dated to the day', () => {
  const day = timing({});
  it('is hidden before its day', () => {
    expect(movementFrame(day, at('2024-10-01', 23))).toMatchObject({ phase: 'hidden', opacity: 0 });
  });
  it('moves its head from origin to destination across the day', () => {
    expect(movementFrame(day, at('2024-10-02'))).toMatchObject({ phase: 'moving', progress: 0 });
    expect(movementFrame(day, at('2024-10-02', 6)).progress).toBeCloseTo(0.25);
    expect(movementFrame(day, at('2024-10-02', 18)).progress).toBeCloseTo(0.75);
  });
  it('leaves a trail that fades over the trail period, then goes', () => {
    const half = at('2024-10-03') + (DEFAULT_ANIMATION.trailDays / 2) * DAY_MS;
    expect(movementFrame(day, at('2024-10-03'))).toMatchObject({ phase: 'trail', progress: 1, opacity: 1 });
    expect(movementFrame(day, half).opacity).toBeCloseTo(0.5);
    expect(movementFrame(day, at('2024-10-03') + DEFAULT_ANIMATION.trailDays * DAY_MS).phase).toBe('hidden');
    expect(movementFrame(day, at('2024-10-10'), { ...DEFAULT_ANIMATION, trailDays: 7 }).phase).toBe('hidden');
  });
});

describe('movementFrame: a movement dated to a month or a range', () => {
  const month = timing({ precision: 'month', startMs: at('2025-08-01'), endMs: at('2025-09-01') });
  it('is a band over the whole span, never a moving head', () => {
    for (const t of [at('2025-08-01'), at('2025-08-15', 12), at('2025-08-31', 23)]) {
      expect(movementFrame(month, t)).toEqual({ phase: 'band', progress: 1, opacity: 1 });
    }
    expect(movementFrame(month, at('2025-07-31')).phase).toBe('hidden');
    expect(movementFrame(month, at('2025-09-02')).phase).toBe('trail');
  });
});

describe('movementFrame: plans and denials', () => {
  const plan = timing({ status: 'planned', precision: 'month', announcedMs: at('2025-08-18'), startMs: at('2025-09-01'), endMs: at('2025-10-01') });
  it('shows a plan as intended from its announcement until its deadline, then overdue', () => {
    expect(movementFrame(plan, at('2025-08-17')).phase).toBe('hidden');
    expect(movementFrame(plan, at('2025-08-18')).phase).toBe('intended');
    expect(movementFrame(plan, at('2025-09-30', 23)).phase).toBe('intended');
    expect(movementFrame(plan, at('2025-10-01'))).toMatchObject({ phase: 'overdue', opacity: DEFAULT_ANIMATION.overdueOpacity });
    expect(movementFrame(plan, at('2027-01-01')).phase).toBe('overdue');
  });
  it('never draws a plan as something that moved', () => {
    for (let t = at('2025-08-18'); t < at('2025-11-01'); t += DAY_MS / 3) expect(['intended', 'overdue']).toContain(movementFrame(plan, t).phase);
  });
  it('shows a denied claim only from the day of its denial, with the denial', () => {
    const denied = timing({ status: 'denied', startMs: at('2025-08-16'), endMs: at('2025-08-17'), deniedMs: at('2025-08-18') });
    expect(movementFrame(denied, at('2025-08-16', 12)).phase).toBe('hidden');
    expect(movementFrame(denied, at('2025-08-18', 1)).phase).toBe('denied');
    expect(movementFrame(denied, at('2025-08-25')).phase).toBe('denied');
    expect(movementFrame(denied, at('2025-08-25')).opacity).toBeLessThan(1);
  });
});

describe('pointFrame', () => {
  const strike = timing({ kind: 'strike' });
  it('pulses on its date and stays dimmed after', () => {
    expect(pointFrame(strike, at('2024-10-01')).phase).toBe('hidden');
    expect(pointFrame(strike, at('2024-10-02', 12)).phase).toBe('pulse');
    expect(pointFrame(strike, at('2024-12-01'))).toEqual({ phase: 'dimmed', opacity: DEFAULT_ANIMATION.dimmedOpacity });
  });
});

describe('eventTimings on the dataset', () => {
  let ds: Dataset;
  beforeAll(async () => {
    ds = await readFixture();
  });
  it('announces each plan on the day its earliest source was published', () => {
    const timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
    const plan = timings.get('planned-ain-al-asad-to-erbil-2025-09')!;
    expect(plan.announcedMs).toBeDefined();
    expect(plan.announcedMs!).toBeLessThanOrEqual(plan.startMs);
  });
  it('dates a denied claim by its denial', () => {
    const timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
    expect(timings.get('claimed-withdrawal-baghdad-to-erbil-2025-08-16')!.deniedMs).toBe(at('2025-08-29'));
  });
  it('makes the al-Waleed convoy active on 2 Oct 2024 and not the day after', () => {
    const convoy = eventTimings(ds.events, [])!.get('us-convoy-syria-al-waleed-ain-al-asad-2024-10-02')!;
    expect(isActive(convoy, at('2024-10-02', 12))).toBe(true);
    expect(isActive(convoy, at('2024-10-03'))).toBe(false);
  });
});
