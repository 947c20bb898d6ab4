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
import type { FeatureCollection, LineString, Position } from 'geojson';
import type { EventStatus } from '@/lib/data/schema';
import { DAY_MS, DEFAULT_ANIMATION, type AnimationOptions, type EventTiming } from '@/lib/time/animation';
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

/** True while a route draws anything at `time`. */
export function routeVisible(s: RouteSchedule, time: number, options: AnimationOptions = DEFAULT_ANIMATION): boolean {
  return routeOpacity(s, time, 0, options).opacity > 0;
}

/** A route to draw: its line in [lon, lat], its status and its times. */
export interface GpuRoute {
  coordinates: readonly Position[];
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

/** Every route's segments, packed for one instanced draw. */
export function segmentInstances(routes: readonly GpuRoute[]): Float32Array<ArrayBuffer> {
  const count = routes.reduce((n, r) => n + Math.max(r.coordinates.length - 1, 0), 0);
  const out = new Float32Array(count * SEGMENT_FLOATS);
  let o = 0;
  for (const route of routes) {
    const points = route.coordinates;
    if (points.length < 2) continue;
    const ground = [0];
    const flat = [0];
    const projected = points.map(mercator);
    for (let i = 1; i < points.length; i++) {
      ground.push(ground[i - 1]! + distance(points[i - 1]!, points[i]!));
      const [ax, ay] = projected[i - 1]!;
      const [bx, by] = projected[i]!;
      flat.push(flat[i - 1]! + Math.hypot(bx - ax, by - ay));
    }
    const total = ground[ground.length - 1]! || 1;
    const code = route.schedule.mode * 8 + STATUS_ORDER.indexOf(route.status);
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = projected[i - 1]!;
      const [bx, by] = projected[i]!;
      out.set([ax, ay, bx, by, ground[i - 1]! / total, ground[i]! / total, flat[i - 1]!, flat[i]!, route.schedule.appear, route.schedule.arrive, code], o);
      o += SEGMENT_FLOATS;
    }
  }
  return out;
}

/** Drawn bottom to top: denied claims, then plans, then what happened (boldest last). */
const DRAW_ORDER: readonly EventStatus[] = ['denied', 'planned', 'claimed', 'reported', 'confirmed'];

/** The routes of `movements` as the GPU draws them, timed by `timings` from the timeline's `originMs`. */
export function gpuRoutes(
  movements: FeatureCollection<LineString, { id: string; status: EventStatus }>,
  timings: ReadonlyMap<string, EventTiming>,
  originMs: number,
): GpuRoute[] {
  return movements.features
    .flatMap((f) => {
      const timing = timings.get(f.properties.id);
      return timing ? [{ coordinates: f.geometry.coordinates, status: f.properties.status, schedule: routeSchedule(timing, originMs) }] : [];
    })
    .sort((a, b) => DRAW_ORDER.indexOf(a.status) - DRAW_ORDER.indexOf(b.status));
}
