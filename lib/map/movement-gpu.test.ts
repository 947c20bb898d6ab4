import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/read';
import type { Dataset } from '@/lib/data/schema';
import { DAY_MS, DEFAULT_ANIMATION, movementFrame, type EventTiming } from '@/lib/time/animation';
import { toUtcMs } from '@/lib/time/date';
import { eventTimings } from '@/lib/time/timings';
import { syntheticDataset, syntheticMovements } from '@/lib/bench/synthetic';
import { ROUTE_MODE, SEGMENT_FLOATS, drawRanges, gpuRoutes, UNDER_WAY_OPACITY, mercator, routeOpacity, routeSchedule, routeVisible, segmentInstances } from './movement-gpu';

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
    const { data, runs } = segmentInstances([{ id: 'a', coordinates, status: 'reported', schedule }, { id: 'b', coordinates: [[40, 30]], status: 'planned', schedule }]);
    expect(runs).toEqual([{ status: 'reported', mode: ROUTE_MODE.moving, start: 0, count: 2, life: 1 + DEFAULT_ANIMATION.trailDays }]);
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

describe('drawRanges', () => {
  const { movements, timings } = syntheticMovements(syntheticDataset(3000));
  const routes = gpuRoutes(movements, timings, ORIGIN);
  const segments = segmentInstances(routes);
  const total = segments.data.length / SEGMENT_FLOATS;
  const covered = (ranges: [number, number][], i: number) => ranges.some(([a, b]) => a <= i && i < b);

  it('covers every segment that shows at the date, in both passes, and draws far fewer than all', () => {
    for (let day = 0; day < 1200; day += 7.3) {
      const lines = drawRanges(segments, day);
      const bands = drawRanges(segments, day, true);
      for (let i = 0; i < total; i++) {
        const at = i * SEGMENT_FLOATS;
        const mode = Math.floor(segments.data[at + 10]! / 8) as (typeof ROUTE_MODE)[keyof typeof ROUTE_MODE];
        const schedule = { mode, appear: segments.data[at + 8]!, arrive: segments.data[at + 9]! };
        const look = routeOpacity(schedule, day, segments.data[at + 4]!);
        if (look.opacity > 0) expect(covered(lines, i), `segment ${i} on day ${day}`).toBe(true);
        if (look.band > 0) expect(covered(bands, i), `band ${i} on day ${day}`).toBe(true);
      }
      const drawn = lines.reduce((n, [a, b]) => n + b - a, 0);
      if (day > 100) expect(drawn).toBeLessThan(total * 0.6);
    }
  });

  it('draws everything, and no band, when the map shows every date', () => {
    expect(drawRanges(segments, null).reduce((n, [a, b]) => n + b - a, 0)).toBe(total);
    expect(drawRanges(segments, null, true)).toEqual([]);
  });
});
