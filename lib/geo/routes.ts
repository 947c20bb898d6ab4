/**
 * Schematic routes: a gently curved line through the places that a movement names. The curve is
 * for legibility (overlapping routes stay apart, direction reads at a glance); it is not a track.
 */
import { along, bearing, destination, distance, length, lineString, midpoint, point, rhumbBearing } from '@turf/turf';
import type { LineString, Position } from 'geojson';

export interface RouteOptions {
  /** How far the curve bows out from the straight leg, as a share of the leg's length. Default 0.12. */
  bow?: number;
  /** Points sampled per leg, ends included. Default 24. */
  samples?: number;
}

/** The largest `bow` allowed: beyond it a route reads as a detour rather than a link. */
export const MAX_BOW = 0.25;

/**
 * A curved LineString through `waypoints` ([lon, lat] in degrees), in order. Each leg is a quadratic
 * Bézier whose control point lies off the leg's midpoint, to the right of travel, by `bow` × its length
 * (in kilometres, via turf). The curve then strays about `bow / 2` × the leg's length from the straight
 * leg (to within a few per cent, as it is interpolated in degrees). Waypoints are hit exactly.
 */
export function curvedRoute(waypoints: readonly Position[], options: RouteOptions = {}): LineString {
  if (waypoints.length < 2) throw new RangeError('a route needs at least two waypoints');
  const bow = Math.min(Math.max(options.bow ?? 0.12, 0), MAX_BOW);
  const samples = Math.max(options.samples ?? 24, 2);
  const coordinates: Position[] = [];
  for (let leg = 0; leg < waypoints.length - 1; leg++) {
    const a = waypoints[leg]!;
    const b = waypoints[leg + 1]!;
    const length = distance(point(a), point(b));
    const control = destination(midpoint(point(a), point(b)), length * bow, bearing(point(a), point(b)) + 90).geometry.coordinates;
    // Skip each later leg's first sample: it is the previous leg's last.
    for (let i = leg === 0 ? 0 : 1; i < samples; i++) {
      const t = i / (samples - 1);
      const u = 1 - t;
      coordinates.push([
        u * u * a[0]! + 2 * u * t * control[0]! + t * t * b[0]!,
        u * u * a[1]! + 2 * u * t * control[1]! + t * t * b[1]!,
      ]);
    }
    coordinates[coordinates.length - 1] = [b[0]!, b[1]!];
  }
  coordinates[0] = [waypoints[0]![0]!, waypoints[0]![1]!];
  return { type: 'LineString', coordinates };
}

export interface RoutePoint {
  /** The point that far along the route, by distance. */
  coordinates: Position;
  /**
   * The direction of travel there, in degrees clockwise from north, as a rhumb bearing: Web Mercator
   * keeps rhumb lines straight, so this is also the angle on a north-up map.
   */
  bearing: number;
}

/** Where to mark a route's direction: `fraction` of the way along it (by distance), pointing the way it goes. */
export function pointAlongRoute(route: LineString, fraction = 0.5): RoutePoint {
  const line = lineString(route.coordinates);
  const total = length(line);
  const at = total * Math.min(Math.max(fraction, 0), 1);
  // A short chord around the point: short enough to follow the curve, long enough to be exact.
  const step = Math.max(total / 100, 1e-6);
  const before = along(line, Math.max(at - step, 0));
  const after = along(line, Math.min(at + step, total));
  return { coordinates: along(line, at).geometry.coordinates, bearing: (rhumbBearing(before, after) + 360) % 360 };
}
