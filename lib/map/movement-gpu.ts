/**
 * The movement layer's data as the GPU draws it. Each route is cut into segments, and each segment is
 * one instance of a small quad; everything that time changes is worked out in the shader from one
 * uniform, the timeline's date. So moving the date costs one uniform and one redraw, whatever the
 * number of routes: no GeoJSON is rebuilt and no per-feature state is set.
 *
 * The shader follows the rules of lib/time/animation.ts. `routeOpacity` here is the same arithmetic
 * in TypeScript, tested against those rules, so that a change to one shows up as a failing test.
 */
import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import type { EventStatus } from '@/lib/data/schema';
import { DAY_MS } from '@/lib/time/date';
import { DEFAULT_ANIMATION, type AnimationOptions, type EventTiming } from '@/lib/time/animation';
import { STATUS_ORDER } from './status-style';

/** How a route behaves on the timeline; the shader switches on these numbers. */
export const ROUTE_MODE = { moving: 0, band: 1, plan: 2, denied: 3 } as const;
export type RouteMode = (typeof ROUTE_MODE)[keyof typeof ROUTE_MODE];

/** How bright the part of a route still ahead of its head is, while the movement is under way. */
export const UNDER_WAY_OPACITY = 0.35;

/**
 * A route's times, in days since the timeline's origin (float32 keeps a day to well under a minute
 * over the few thousand days a timeline spans; milliseconds since 1970 would not fit).
 */
export interface RouteSchedule {
  mode: RouteMode;
  /** When the route appears. */
  appear: number;
  /**
   * When its main phase ends: the end of the day or span it is dated to, a plan's deadline, or the
   * day after a denial. A plan is overdue after it; anything else fades over the trail period.
   */
  arrive: number;
}

export function routeSchedule(timing: EventTiming, originMs: number): RouteSchedule {
  const days = (ms: number) => (ms - originMs) / DAY_MS;
  const { status, precision, startMs, endMs } = timing;
  if (status === 'planned') return { mode: ROUTE_MODE.plan, appear: days(Math.min(timing.announcedMs ?? startMs, startMs)), arrive: days(endMs) };
  if (status === 'denied') {
    const from = Math.max(timing.deniedMs ?? startMs, startMs);
    return { mode: ROUTE_MODE.denied, appear: days(from), arrive: days(from + DAY_MS) };
  }
  return { mode: precision === 'day' ? ROUTE_MODE.moving : ROUTE_MODE.band, appear: days(startMs), arrive: days(endMs) };
}

export interface RouteLook {
  /** How bright the route is at that point, 0 (not drawn) to 1. */
  opacity: number;
  /** How bright its uncertainty band is (only while a span-dated movement is within its span). */
  band: number;
  /** A plan past its deadline: drawn fainter and dotted. */
  overdue: boolean;
}

/**
 * How a route looks at `time` (days since the origin), `fraction` of the way along it. The vertex
 * and fragment shaders of movement-gpu-layer.ts compute exactly this.
 */
export function routeOpacity(s: RouteSchedule, time: number, fraction: number, options: AnimationOptions = DEFAULT_ANIMATION): RouteLook {
  const hidden = { opacity: 0, band: 0, overdue: false };
  if (time < s.appear) return hidden;
  if (time < s.arrive) {
    if (s.mode === ROUTE_MODE.moving) {
      const progress = (time - s.appear) / (s.arrive - s.appear);
      return { opacity: fraction <= progress ? 1 : UNDER_WAY_OPACITY, band: 0, overdue: false };
    }
    return { opacity: 1, band: s.mode === ROUTE_MODE.band ? 1 : 0, overdue: false };
  }
  if (s.mode === ROUTE_MODE.plan) return { opacity: options.overdueOpacity, band: 0, overdue: true };
  const opacity = 1 - (time - s.arrive) / options.trailDays;
  return opacity > 0 ? { opacity, band: 0, overdue: false } : hidden;
}


/** A route to draw: its event's id, its line in [lon, lat], its status and its times. */
export interface GpuRoute {
  id: string;
  coordinates: Position[];
  status: EventStatus;
  schedule: RouteSchedule;
}

/**
 * Floats per segment instance, in this order:
 * ax, ay, bx, by: the segment's ends in Web Mercator units (0–1, as MapLibre's projection takes them);
 * fa, fb: how far along the route each end is (0–1, by distance on the ground);
 * ma, mb: the same in Mercator units from the route's start (dashes are laid out from it);
 * appear, arrive: the schedule, in days; code: mode × 8 + status index (STATUS_ORDER).
 */
export const SEGMENT_FLOATS = 11;

/** Web Mercator, as MapLibre's MercatorCoordinate.fromLngLat has it, without importing MapLibre. */
export function mercator([lon, lat]: Position): [number, number] {
  const x = (180 + lon!) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat! * Math.PI) / 360))) / 360;
  return [x, y];
}

/**
 * A run of segments that share a status and a way of moving through time, sorted by when they
 * appear. Routes that pass (everything but plans) are visible for at most `life` days after they
 * appear, so at any time only a slice of each run can show: the draw covers that slice, found by two
 * binary searches, and the shader sorts out the rest. Plans stay (overdue) once they appear.
 */
export interface SegmentRun {
  status: EventStatus;
  mode: RouteMode;
  /** Index of the run's first segment, and how many segments it has. */
  start: number;
  count: number;
  /** The longest any of its routes stays visible, in days, or Infinity. */
  life: number;
}

export interface RouteSegments {
  /** SEGMENT_FLOATS floats per segment, run after run, bottom to top. */
  data: Float32Array<ArrayBuffer>;
  runs: SegmentRun[];
}

/** Drawn bottom to top: denied claims, then plans, then what happened (boldest last). */
const DRAW_ORDER: readonly EventStatus[] = ['denied', 'planned', 'claimed', 'reported', 'confirmed'];
const MODE_ORDER: readonly RouteMode[] = [ROUTE_MODE.band, ROUTE_MODE.moving, ROUTE_MODE.denied, ROUTE_MODE.plan];

/** A line's points in Mercator units, with each point's distance along it on the ground and on the map. */
interface Profile {
  projected: [number, number][];
  ground: number[];
  flat: number[];
}

/** Routes on one lane share their coordinates: each line's profile is worked out once. */
const profiles = new WeakMap<Position[], Profile>();

function profileOf(points: Position[]): Profile {
  const known = profiles.get(points);
  if (known) return known;
  const ground = [0];
  const flat = [0];
  const projected = points.map(mercator);
  for (let i = 1; i < points.length; i++) {
    ground.push(ground[i - 1]! + distance(points[i - 1]!, points[i]!));
    const [ax, ay] = projected[i - 1]!;
    const [bx, by] = projected[i]!;
    flat.push(flat[i - 1]! + Math.hypot(bx - ax, by - ay));
  }
  const profile = { projected, ground, flat };
  profiles.set(points, profile);
  return profile;
}

/** Every route's segments, packed for instanced draws, in runs by status and mode. */
export function segmentInstances(routes: readonly GpuRoute[], options: AnimationOptions = DEFAULT_ANIMATION): RouteSegments {
  const ordered = [...routes].sort(
    (a, b) =>
      DRAW_ORDER.indexOf(a.status) - DRAW_ORDER.indexOf(b.status) ||
      MODE_ORDER.indexOf(a.schedule.mode) - MODE_ORDER.indexOf(b.schedule.mode) ||
      a.schedule.appear - b.schedule.appear,
  );
  const count = ordered.reduce((n, r) => n + Math.max(r.coordinates.length - 1, 0), 0);
  const data = new Float32Array(count * SEGMENT_FLOATS);
  const runs: SegmentRun[] = [];
  let o = 0;
  for (const route of ordered) {
    const points = route.coordinates;
    if (points.length < 2) continue;
    const { mode, appear, arrive } = route.schedule;
    let run = runs.at(-1);
    if (!run || run.status !== route.status || run.mode !== mode) {
      run = { status: route.status, mode, start: o / SEGMENT_FLOATS, count: 0, life: 0 };
      runs.push(run);
    }
    run.count += points.length - 1;
    run.life = Math.max(run.life, mode === ROUTE_MODE.plan ? Infinity : arrive - appear + options.trailDays);
    const { projected, ground, flat } = profileOf(points);
    const total = ground[ground.length - 1]! || 1;
    const code = mode * 8 + STATUS_ORDER.indexOf(route.status);
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = projected[i - 1]!;
      const [bx, by] = projected[i]!;
      data[o] = ax;
      data[o + 1] = ay;
      data[o + 2] = bx;
      data[o + 3] = by;
      data[o + 4] = ground[i - 1]! / total;
      data[o + 5] = ground[i]! / total;
      data[o + 6] = flat[i - 1]!;
      data[o + 7] = flat[i]!;
      data[o + 8] = appear;
      data[o + 9] = arrive;
      data[o + 10] = code;
      o += SEGMENT_FLOATS;
    }
  }
  return { data, runs };
}

/** The first segment of the run whose route appears at or after `time` (with `after`: strictly after). */
function firstAppearing(segments: RouteSegments, run: SegmentRun, time: number, after: boolean): number {
  let lo = run.start;
  let hi = run.start + run.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const appear = segments.data[mid * SEGMENT_FLOATS + 8]!;
    if (after ? appear <= time : appear < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The [first, end) segment ranges to draw at `time` (days since the origin; null: everything): every
 * segment that can show is inside one, and most that cannot are not. `bands` keeps only the runs of
 * span-dated movements, for the band pass.
 */
export function drawRanges(segments: RouteSegments, time: number | null, bands = false): [number, number][] {
  const ranges: [number, number][] = [];
  for (const run of segments.runs) {
    if (bands && run.mode !== ROUTE_MODE.band) continue;
    if (time === null) {
      if (!bands) ranges.push([run.start, run.start + run.count]);
      continue;
    }
    const first = Number.isFinite(run.life) ? firstAppearing(segments, run, time - run.life, false) : run.start;
    const end = firstAppearing(segments, run, time, true);
    if (end > first) ranges.push([first, end]);
  }
  return ranges;
}

