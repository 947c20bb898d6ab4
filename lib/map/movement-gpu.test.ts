import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/read';
import type { Dataset } from '@/lib/data/schema';
import { DAY_MS, DEFAULT_ANIMATION, movementFrame, type EventTiming } from '@/lib/time/animation';
import { toUtcMs } from '@/lib/time/date';
import { eventTimings } from '@/lib/time/timings';
import { ROUTE_MODE, SEGMENT_FLOATS, UNDER_WAY_OPACITY, mercator, routeOpacity, routeSchedule, routeVisible, segmentInstances } from './movement-gpu';

const ORIGIN = toUtcMs('2023-10-15');
const days = (ms: number) => (ms - ORIGIN) / DAY_MS;

let ds: Dataset;
let timings: Map<string, EventTiming>;
beforeAll(async () => {
  ds = await readDataset(path.resolve('data'));
  timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
});

describe('routeOpacity follows the timeline rules of lib/time/animation.ts', () => {
  it('agrees with movementFrame for every movement in the dataset, every six hours over the timeline', () => {
    const movements = ds.events.filter((e) => e.kind === 'movement');
    expect(movements.length).toBeGreaterThan(0);
    for (const event of movements) {
      const timing = timings.get(event.id)!;
      const schedule = routeSchedule(timing, ORIGIN);
      for (let t = toUtcMs('2023-12-01'); t < toUtcMs('2026-11-01'); t += DAY_MS / 4) {
        const frame = movementFrame(timing, t);
        const look = routeOpacity(schedule, days(t), 0.5);
        const where = `${event.id} at ${new Date(t).toISOString()}`;
        expect(routeVisible(schedule, days(t)), where).toBe(frame.phase !== 'hidden');
        expect(look.band, where).toBe(frame.phase === 'band' ? 1 : 0);
        expect(look.overdue, where).toBe(frame.phase === 'overdue');
        if (frame.phase === 'moving') {
          // Behind the head in full, ahead of it a hint.
          expect(routeOpacity(schedule, days(t), Math.max(frame.progress - 0.01, 0)).opacity, where).toBe(1);
          if (frame.progress < 0.99) expect(routeOpacity(schedule, days(t), frame.progress + 0.01).opacity, where).toBe(UNDER_WAY_OPACITY);
        } else {
          expect(look.opacity, where).toBeCloseTo(frame.opacity, 9);
        }
      }
    }
  });

  it('never draws a plan as moving, and marks it overdue after its deadline', () => {
    const plan = routeSchedule({ kind: 'movement', status: 'planned', precision: 'month', startMs: toUtcMs('2026-09-01'), endMs: toUtcMs('2026-10-01'), announcedMs: toUtcMs('2025-08-18') }, ORIGIN);
    expect(plan.mode).toBe(ROUTE_MODE.plan);
    expect(routeOpacity(plan, days(toUtcMs('2025-08-17')), 0).opacity).toBe(0);
    expect(routeOpacity(plan, days(toUtcMs('2025-08-18')), 1)).toEqual({ opacity: 1, band: 0, overdue: false });
    expect(routeOpacity(plan, days(toUtcMs('2026-10-01')), 0)).toEqual({ opacity: DEFAULT_ANIMATION.overdueOpacity, band: 0, overdue: true });
  });

  it('shows a denied claim only from its denial', () => {
    const denied = routeSchedule({ kind: 'movement', status: 'denied', precision: 'day', startMs: toUtcMs('2025-08-10'), endMs: toUtcMs('2025-08-11'), deniedMs: toUtcMs('2025-08-16') }, ORIGIN);
    expect(routeVisible(denied, days(toUtcMs('2025-08-12')))).toBe(false);
    expect(routeOpacity(denied, days(toUtcMs('2025-08-16')), 0).opacity).toBe(1);
  });
});

describe('segmentInstances', () => {
  const schedule = { mode: ROUTE_MODE.moving, appear: 10, arrive: 11 };
  it('packs one instance per segment, with ends in Mercator units and fractions by ground distance', () => {
    const coordinates = [[42, 33], [43, 33], [45, 34]];
    const data = segmentInstances([{ coordinates, status: 'reported', schedule }, { coordinates: [[40, 30]], status: 'planned', schedule }]);
    expect(data.length).toBe(2 * SEGMENT_FLOATS);
    const first = [...data.subarray(0, SEGMENT_FLOATS)];
    const [x, y] = mercator([42, 33]);
    expect(first[0]).toBeCloseTo(x, 6);
    expect(first[1]).toBeCloseTo(y, 6);
    expect(first[4]).toBe(0);
    expect(data[SEGMENT_FLOATS + 5]).toBe(1);
    expect(first[5]).toBeGreaterThan(0.3);
    expect(first[5]).toBeLessThan(0.5);
    expect(first.slice(8)).toEqual([10, 11, ROUTE_MODE.moving * 8 + 1]);
  });
  it('projects as MapLibre does: the equator and the antimeridian at the middle and the edge', () => {
    expect(mercator([0, 0])).toEqual([0.5, 0.5]);
    expect(mercator([180, 0])[0]).toBe(1);
  });
});
