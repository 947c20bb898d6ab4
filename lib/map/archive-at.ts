/**
 * The map at one date, read off the timed layer (archive-layers.ts) in the browser: the lanes'
 * segments for the GPU, which lanes show, which route styles are on screen, the heads of movements
 * under way, each symbol's look and each primary place's state. Each follows the per-event rules of
 * lib/time/animation.ts exactly (archive-at.test.ts checks it against them on the seed data).
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Place } from '@/lib/data/schema';
import { curvedRoute, MAX_BOW } from '@/lib/geo/routes';
import { DEFAULT_ANIMATION, type MovementPhase } from '@/lib/time/animation';
import { DAY_MS } from '@/lib/time/date';
import type { PlaceState } from '@/lib/time/place-state';
import type { Lane, MapSummary, TimedLayer } from './archive-layers';
import { ROUTE_MODE, routeOpacity, segmentInstances, type GpuRoute, type RouteSchedule, type RouteSegments } from './movement-gpu';
import { headIndex, headsAt, type HeadIndex } from './route-heads';
import { BASEMAP_BBOX } from './base-style';
import { clampRoute, type Box } from './off-map';

/** Per point symbol (place/family), how bright it is and whether it pulses (1) at a moment. */
export type SymbolStates = Map<string, { opacity: number; pulse: number }>;

/**
 * Each lane as a curved line through its places: the geometry every movement on it is drawn with.
 * A place beyond the basemap's box is drawn where the route leaves the box (lib/map/off-map.ts), so
 * the GPU layer, the heads, the handles and the hit layer all stop at the edge.
 */
export function laneGeometries(lanes: readonly Lane[], places: ReadonlyMap<string, Place>, box: Box = BASEMAP_BBOX): LineString[] {
  return lanes.map((lane) => curvedRoute(clampRoute(lane.places, places, box).waypoints, { bow: MAX_BOW * lane.share }));
}

/** The lanes as GeoJSON, for the map's hit and highlight layers: one feature per lane, `id` its lane id. */
export function lanesGeoJson(lanes: readonly Lane[], geometries: readonly LineString[]): FeatureCollection<LineString, { id: string; status: Lane['status']; count: number }> {
  return {
    type: 'FeatureCollection',
    features: lanes.map((lane, i) => ({ type: 'Feature', id: i, geometry: geometries[i]!, properties: { id: lane.id, status: lane.status, count: lane.count } })),
  };
}

/** With every date shown, each lane drawn once, in full: the GPU layer's `null` time draws every segment. */
export function overviewRoutes(lanes: readonly Lane[], geometries: readonly LineString[]): GpuRoute[] {
  const always: RouteSchedule = { mode: ROUTE_MODE.moving, appear: -1e6, arrive: -1e6 + 1 };
  return lanes.map((lane, i) => ({ id: lane.id, status: lane.status, coordinates: geometries[i]!.coordinates, schedule: always }));
}

/** The timed layer's routes on their lanes' geometry, as the GPU and the heads take them. */
export function timedRoutes(layer: TimedLayer, lanes: readonly Lane[], geometries: readonly LineString[]): GpuRoute[] {
  return layer.routes.map((r) => ({ id: lanes[r.lane]!.id, status: lanes[r.lane]!.status, coordinates: geometries[r.lane]!.coordinates, schedule: r.schedule }));
}

export interface TimedMapData {
  segments: RouteSegments;
  heads: HeadIndex;
  routes: GpuRoute[];
  layer: TimedLayer;
}

export function timedMapData(layer: TimedLayer, lanes: readonly Lane[], geometries: readonly LineString[]): TimedMapData {
  const routes = timedRoutes(layer, lanes, geometries);
  return { segments: segmentInstances(routes), heads: headIndex(routes), routes, layer };
}

/** The phase of a route at `time` (days), as the legend names it. */
export function routePhase(s: RouteSchedule, time: number): MovementPhase {
  const { opacity, band, overdue } = routeOpacity(s, time, 0);
  if (opacity === 0) return 'hidden';
  if (s.mode === ROUTE_MODE.plan) return overdue ? 'overdue' : 'intended';
  if (s.mode === ROUTE_MODE.denied) return 'denied';
  if (time >= s.arrive) return 'trail';
  return band > 0 || s.mode === ROUTE_MODE.band ? 'band' : 'moving';
}

export interface MapAtDay {
  /** Lane ids that draw nothing at the date: their handles hide. */
  hidden: ReadonlySet<string>;
  /** The route styles on screen, for the legend. */
  phases: ReadonlySet<MovementPhase>;
}

/** Which lanes show and which styles are on screen at `day` (ms, the day's midday). */
export function lanesAtDay(data: TimedMapData, lanes: readonly Lane[], day: number): MapAtDay {
  const t = (day - data.layer.originMs) / DAY_MS;
  const shown = new Set<string>();
  const phases = new Set<MovementPhase>();
  for (const r of data.routes) {
    const phase = routePhase(r.schedule, t);
    if (phase === 'hidden') continue;
    shown.add(r.id);
    phases.add(phase);
  }
  return { hidden: new Set(lanes.map((l) => l.id).filter((id) => !shown.has(id))), phases };
}

export const headsOf = (data: TimedMapData, time: number | null): FeatureCollection<Point, { id: string; status: Lane['status'] }> =>
  headsAt(data.heads, time === null ? null : (time - data.layer.originMs) / DAY_MS);

/** The index of the last item at or before `t` in a list sorted by `at`, or -1. */
function lastAtOrBefore<T>(items: readonly T[], at: (item: T) => number, t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(items[mid]!) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const spanStart = (span: readonly [number, number]) => span[0];
const itself = (day: number) => day;

/** Each symbol's opacity and pulse at `day` (ms): pulsing on one of its events' dates, dimmed after its first. */
export function symbolsAtDay(layer: TimedLayer, summary: MapSummary, day: number): SymbolStates {
  const t = (day - layer.originMs) / DAY_MS;
  const states: SymbolStates = new Map();
  layer.symbols.forEach((s, i) => {
    const at = lastAtOrBefore(s.pulses, spanStart, t);
    const pulse = at >= 0 && t < s.pulses[at]![1];
    states.set(summary.symbols[i]!.key, { opacity: pulse ? 1 : t >= s.first ? DEFAULT_ANIMATION.dimmedOpacity : 0, pulse: pulse ? 1 : 0 });
  });
  return states;
}

/** A primary place's state at `day` (ms): the latest event there that the timeline has reached. */
export function placeStateAtDay(layer: TimedLayer, placeId: string, day: number): PlaceState | null {
  const states = layer.places.get(placeId);
  if (!states) return null;
  const t = (day - layer.originMs) / DAY_MS;
  const i = lastAtOrBefore(states.days, itself, t);
  if (i < 0) return null;
  const s = states.states[i]!;
  return { role: s.role, status: s.status, deadlineMs: layer.originMs + s.deadlineDay * DAY_MS, overdue: s.status === 'planned' && t >= s.deadlineDay };
}
