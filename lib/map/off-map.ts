/**
 * Places beyond the basemap's box (a unit flown home to the United States, a move to Germany). The
 * map cannot be panned past BASEMAP_BBOX, so such a place is drawn where the way to it leaves the
 * box: a route runs to the box's edge, heading for the place's true bearing, and ends there in an
 * arrowhead; a point event is pinned at the edge, on the bearing from the box's centre. Nothing here
 * touches a place inside the box.
 *
 *     ┌──────────────── box (inset) ────────────────┐
 *     │        ▲ edge point: where a straight line   │
 *     │       ╱  on the north-up map, at the true    │
 *     │      ╱   bearing of the place, meets the box │
 *     │  last place inside                           │
 *     └──────────────────────────────────────────────┘
 *
 * Positions are [lon, lat] in degrees; bearings are degrees clockwise from north, in [0, 360).
 */
import { bearing as turfBearing } from '@turf/turf';
import type { Position } from 'geojson';
import type { Place } from '@/lib/data/schema';

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

/** The side of the box an edge point lies on. */
export type Side = 'north' | 'south' | 'east' | 'west';

/**
 * How far inside the frame, in degrees, edge points sit: the map's view stops at the box, so an
 * arrowhead or label right on it would be cut in half.
 */
export const EDGE_INSET = 0.6;

/**
 * The shape (width : height, on the map) of the widest view of the map: the dashboard's map on a
 * 16:9 screen, between the header and the timeline, about 1920 × 880 pixels. Zoomed out as far as
 * the box allows, such a view shows the box's whole width but only the middle of its height.
 */
export const WIDEST_VIEW = 2;

export const isInsideBox = ([lon, lat]: Position, [west, south, east, north]: Box): boolean => lon! >= west && lon! <= east && lat! >= south && lat! <= north;

export const boxCentre = ([west, south, east, north]: Box): Position => [(west + east) / 2, (south + north) / 2];

/** The true (great-circle) initial bearing from `from` to `to`. */
export const trueBearing = (from: Position, to: Position): number => (turfBearing(from, to) + 360) % 360;

const RAD = Math.PI / 180;
export const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const latitudeOf = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/**
 * Where edge points sit: the box, its height cut to the middle band that the widest view shows (so
 * that a pin on the north or south side is on screen when the map is zoomed out), shrunk by `inset`.
 */
export function edgeFrame(box: Box, inset = EDGE_INSET): Box {
  const [west, south, east, north] = box;
  const middle = (mercatorY(south) + mercatorY(north)) / 2;
  const half = Math.min(((east - west) * RAD) / WIDEST_VIEW / 2, (mercatorY(north) - mercatorY(south)) / 2);
  return [west + inset, latitudeOf(middle - half) + inset, east - inset, latitudeOf(middle + half) - inset];
}

/**
 * Where a straight line on the north-up (Web Mercator) map, from `from` at `bearing`, meets the
 * box's edge frame (edgeFrame), and which side it meets. `from` is first clamped into the frame.
 */
export function edgePoint(from: Position, bearing: number, box: Box): { at: Position; side: Side } {
  const [west, south, east, north] = edgeFrame(box);
  const lon0 = Math.min(Math.max(from[0]!, west), east);
  const lat0 = Math.min(Math.max(from[1]!, south), north);
  const [x0, y0] = [lon0 * RAD, mercatorY(lat0)];
  // Due north, south, east or west: no drift from rounding in sin and cos.
  const flat = (v: number) => (Math.abs(v) < 1e-12 ? 0 : v);
  const dx = flat(Math.sin(bearing * RAD));
  const dy = flat(Math.cos(bearing * RAD));
  // The nearest of the box's four sides along the ray (x and y in the same Mercator units).
  const hits: { t: number; side: Side }[] = [];
  if (dx > 0) hits.push({ t: (east * RAD - x0) / dx, side: 'east' });
  if (dx < 0) hits.push({ t: (west * RAD - x0) / dx, side: 'west' });
  if (dy > 0) hits.push({ t: (mercatorY(north) - y0) / dy, side: 'north' });
  if (dy < 0) hits.push({ t: (mercatorY(south) - y0) / dy, side: 'south' });
  const { t, side } = hits.reduce((a, b) => (b.t < a.t ? b : a));
  const lon = side === 'east' ? east : side === 'west' ? west : dx === 0 ? lon0 : (x0 + t * dx) / RAD;
  const lat = side === 'north' ? north : side === 'south' ? south : dy === 0 ? lat0 : latitudeOf(y0 + t * dy);
  return { at: [Math.min(Math.max(lon, west), east), Math.min(Math.max(lat, south), north)], side };
}

/** One end of a route, or a point event's place, drawn at the box's edge. */
export interface EdgeEnd {
  at: Position;
  side: Side;
  /** Toward the place, as the arrow on the map points it (out of the map). */
  bearing: number;
  /** 'to': the route goes off the map; 'from': it comes in; 'via': it leaves and comes back; 'at': a point event. */
  role: 'to' | 'from' | 'via' | 'at';
  /** The places beyond the edge, in the order travelled. */
  places: string[];
}

export interface ClampedRoute {
  /** The waypoints to draw the route through: inside places as they are, the rest at the edge. */
  waypoints: Position[];
  edges: EdgeEnd[];
}

const edge = (from: Position, toward: Position, box: Box, role: EdgeEnd['role'], places: string[]): EdgeEnd => {
  const bearing = trueBearing(from, toward);
  return { ...edgePoint(from, bearing, box), bearing, role, places };
};

/**
 * A route through the places `ids` (in order) as the map can draw it. Places beyond the box are
 * replaced by where the route leaves it: heading from the last place inside toward the next place
 * beyond (a run of places beyond becomes one edge point, named by all of them). A route with no place
 * inside runs between its ends' edge points as seen from the box's centre.
 */
export function clampRoute(ids: readonly string[], places: ReadonlyMap<string, Pick<Place, 'coordinates'>>, box: Box): ClampedRoute {
  const points = ids.map((id) => places.get(id)!.coordinates as Position);
  const inside = points.map((p) => isInsideBox(p, box));
  if (inside.every(Boolean)) return { waypoints: points, edges: [] };
  const first = inside.indexOf(true);
  if (first < 0) {
    const centre = boxCentre(box);
    const from = edge(centre, points[0]!, box, 'from', [ids[0]!]);
    const to = edge(centre, points.at(-1)!, box, 'to', [ids.at(-1)!]);
    return { waypoints: [from.at, to.at], edges: [from, to] };
  }
  const last = inside.lastIndexOf(true);
  const waypoints: Position[] = [];
  const edges: EdgeEnd[] = [];
  if (first > 0) {
    const from = edge(points[first]!, points[first - 1]!, box, 'from', ids.slice(0, first));
    edges.push(from);
    waypoints.push(from.at);
  }
  for (let i = first; i <= last; i++) {
    if (inside[i]) {
      waypoints.push(points[i]!);
      continue;
    }
    // A run of places beyond, between two inside: the route goes to the edge and comes back.
    let end = i;
    while (!inside[end + 1]) end++;
    const via = edge(points[i - 1]!, points[i]!, box, 'via', ids.slice(i, end + 1));
    edges.push(via);
    waypoints.push(via.at);
    i = end;
  }
  if (last < points.length - 1) {
    const to = edge(points[last]!, points[last + 1]!, box, 'to', ids.slice(last + 1));
    edges.push(to);
    waypoints.push(to.at);
  }
  return { waypoints, edges };
}

/** Where a point event's place is drawn: the place itself, or the edge on its bearing from the box's centre. */
export function clampPoint(id: string, places: ReadonlyMap<string, Pick<Place, 'coordinates'>>, box: Box): { at: Position; edge: EdgeEnd | null } {
  const at = places.get(id)!.coordinates as Position;
  if (isInsideBox(at, box)) return { at, edge: null };
  const found = edge(boxCentre(box), at, box, 'at', [id]);
  return { at: found.at, edge: found };
}
