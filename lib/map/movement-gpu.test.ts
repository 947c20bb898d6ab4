import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '@/lib/testing/fixture';
import type { Dataset } from '@/lib/data/schema';
import { DEFAULT_ANIMATION, movementFrame, type EventTiming } from '@/lib/time/animation';
import { DAY_MS, toUtcMs } from '@/lib/time/date';
import { eventTimings } from '@/lib/time/timings';
import { syntheticArchive } from '@/lib/archive/synthetic';
import type { EventStatus } from '@/lib/data/schema';
import { ROUTE_MODE, SEGMENT_FLOATS, drawRanges, UNDER_WAY_OPACITY, mercator, routeOpacity, routeSchedule, segmentInstances, type GpuRoute, type RouteMode, type RouteSegments } from './movement-gpu';

const ORIGIN = toUtcMs('2023-10-15');
const days = (ms: number) => (ms - ORIGIN) / DAY_MS;

let ds: Dataset;
let timings: Map<string, EventTiming>;
beforeAll(async () => {
  ds = await readFixture();
  timings = eventTimings(ds.events, ds.articles.map((a) => a.meta));
});

describe('routeOpacity follows the timeline rules of lib/time/animation.ts', () => {
  it('agrees with movementFrame for every movement in the dataset, every six hours over the timeline', () => {
    const movements = ds.events.filter((e) => e.kind === 'movement');
    expect(movements.length).toBeGreaterThan(0);
    // Disagreements are collected and compared once: an expect per sample costs more than the sample.
    const disagreements: string[] = [];
    const differ = (what: () => string, got: unknown, want: unknown) => got !== want && disagreements.push(`${what()}: ${String(got)}, not ${String(want)}`);
    let moving = 0;
    const [from, to] = [toUtcMs('2023-12-01'), toUtcMs('2026-11-01')];
    for (const event of movements) {
      const timing = timings.get(event.id)!;
      const schedule = routeSchedule(timing, ORIGIN);
      for (let t = from; t < to; t += DAY_MS / 4) {
        const frame = movementFrame(timing, t);
        const look = routeOpacity(schedule, days(t), 0.5);
        const where = (what: string) => () => `${event.id} at ${new Date(t).toISOString()}: ${what}`;
        differ(where('shown'), look.opacity > 0, frame.phase !== 'hidden');
        differ(where('band'), look.band, frame.phase === 'band' ? 1 : 0);
        differ(where('overdue'), look.overdue, frame.phase === 'overdue');
        if (frame.phase === 'moving') {
          moving++;
          // Behind the head in full, ahead of it a hint.
          differ(where('behind the head'), routeOpacity(schedule, days(t), Math.max(frame.progress - 0.01, 0)).opacity, 1);
          if (frame.progress < 0.99) differ(where('ahead of the head'), routeOpacity(schedule, days(t), frame.progress + 0.01).opacity, UNDER_WAY_OPACITY);
        } else if (Math.abs(look.opacity - frame.opacity) > 1e-9) disagreements.push(`${where('opacity')()}: ${look.opacity}, not ${frame.opacity}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(moving).toBeGreaterThan(0);
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
    expect(routeOpacity(denied, days(toUtcMs('2025-08-12')), 0).opacity).toBe(0);
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
  const covered = (ranges: [number, number][], i: number) => ranges.some(([a, b]) => a <= i && i < b);

  /** Every segment that shows (or whose band shows) at `day` but that no range covers. */
  function uncovered(segments: RouteSegments, day: number): string[] {
    const lines = drawRanges(segments, day);
    const bands = drawRanges(segments, day, true);
    const missed: string[] = [];
    for (let i = 0; i < segments.data.length / SEGMENT_FLOATS; i++) {
      const at = i * SEGMENT_FLOATS;
      const mode = Math.floor(segments.data[at + 10]! / 8) as RouteMode;
      const look = routeOpacity({ mode, appear: segments.data[at + 8]!, arrive: segments.data[at + 9]! }, day, segments.data[at + 4]!);
      if (look.opacity > 0 && !covered(lines, i)) missed.push(`segment ${i} on day ${day}`);
      if (look.band > 0 && !covered(bands, i)) missed.push(`band ${i} on day ${day}`);
    }
    return missed;
  }

  const route = (id: string, status: EventStatus, mode: RouteMode, appear: number, arrive: number, points = 3): GpuRoute => ({
    id,
    status,
    schedule: { mode, appear, arrive },
    coordinates: Array.from({ length: points }, (_, i) => [40 + i, 33]),
  });
  // Small routes built to sit on the binary searches' edges: equal appear times, a route that
  // appears exactly on a sampled day, one that has faded by then, plans that never fade, a denial,
  // span-dated bands and a run of one.
  const edges = segmentInstances([
    route('a', 'reported', ROUTE_MODE.moving, 10, 11),
    route('b', 'reported', ROUTE_MODE.moving, 10, 11, 2),
    route('c', 'reported', ROUTE_MODE.moving, 20, 21),
    route('d', 'reported', ROUTE_MODE.moving, 100, 101),
    route('e', 'confirmed', ROUTE_MODE.moving, 5, 6, 2),
    route('f', 'claimed', ROUTE_MODE.band, 30, 61),
    route('g', 'claimed', ROUTE_MODE.band, 31, 40),
    route('h', 'planned', ROUTE_MODE.plan, 0, 50),
    route('i', 'planned', ROUTE_MODE.plan, 70, 80),
    route('j', 'denied', ROUTE_MODE.denied, 40, 41),
  ]);

  it('covers every segment that shows on constructed routes, at and around each edge of their times', () => {
    const days: number[] = [];
    for (let day = -2; day <= 160; day += 0.25) days.push(day);
    const missed = days.flatMap((day) => uncovered(edges, day));
    expect(missed).toEqual([]);
    // Not vacuous: on day 35 the band, the trail of 'c' and the first plan all show.
    expect(drawRanges(edges, 35).reduce((n, [a, b]) => n + b - a, 0)).toBeGreaterThan(3);
  });

  it('leaves out what has faded and what has not appeared yet', () => {
    // Day 0: only plan 'h' shows; 'a'–'e' appear later.
    expect(drawRanges(edges, 0).flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k)).length).toBe(2);
    // Day 150: every moving route has faded; the plans stay, overdue.
    const drawn = drawRanges(edges, 150).reduce((n, [a, b]) => n + b - a, 0);
    expect(drawn).toBe(4);
  });

  it('covers every segment that shows in a large synthetic archive, and draws far fewer than all', () => {
    const archive = syntheticArchive({ places: ds.places, events: 1000, articles: 100, seed: 5 });
    const at = new Map(archive.places.map((p) => [p.id, p.coordinates]));
    const bigTimings = eventTimings(archive.events, archive.articles.map((a) => a.meta));
    const routes = archive.events
      .filter((e) => e.kind === 'movement')
      .map((e): GpuRoute => ({ id: e.id, status: e.status, coordinates: [e.from!, ...(e.via ?? []), e.to!].map((id) => at.get(id)!), schedule: routeSchedule(bigTimings.get(e.id)!, ORIGIN) }));
    const segments = segmentInstances(routes);
    const total = segments.data.length / SEGMENT_FLOATS;
    for (const day of [150, 400, 650, 900, 1050]) {
      expect(uncovered(segments, day)).toEqual([]);
      const drawn = drawRanges(segments, day).reduce((n, [a, b]) => n + b - a, 0);
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThan(total * 0.6);
    }
  });

  it('draws everything, and no band, when the map shows every date', () => {
    expect(drawRanges(edges, null).reduce((n, [a, b]) => n + b - a, 0)).toBe(edges.data.length / SEGMENT_FLOATS);
    expect(drawRanges(edges, null, true)).toEqual([]);
  });
});
