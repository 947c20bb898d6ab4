/**
 * The heads of movements under way: a dot where each day-dated movement has got to. Only a handful
 * of movements are under way at any moment, so the heads are found through an index sorted by start
 * (a binary search, then a short scan) rather than by visiting every route each frame.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { EventStatus } from '@/lib/data/schema';
import { pointAlongRoute } from '@/lib/geo/routes';
import { ROUTE_MODE, type GpuRoute } from './movement-gpu';

export type HeadRoute = Pick<GpuRoute, 'id' | 'status' | 'coordinates' | 'schedule'>;

export interface HeadIndex {
  /** The routes that move (dated to the day), by the time they set off. */
  routes: HeadRoute[];
  /** The longest time any of them takes, in days: how far back a search must look. */
  longest: number;
}

export function headIndex(routes: readonly HeadRoute[]): HeadIndex {
  const moving = routes.filter((r) => r.schedule.mode === ROUTE_MODE.moving).sort((a, b) => a.schedule.appear - b.schedule.appear);
  return { routes: moving, longest: moving.reduce((n, r) => Math.max(n, r.schedule.arrive - r.schedule.appear), 0) };
}

/** The first index whose route sets off at or after `time`. */
function firstFrom(routes: readonly HeadRoute[], time: number): number {
  let lo = 0;
  let hi = routes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (routes[mid]!.schedule.appear < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type HeadProperties = { id: string; status: EventStatus };

/** The heads at `time` (days since the schedules' origin), or none when the map shows every date. */
export function headsAt(index: HeadIndex, time: number | null): FeatureCollection<Point, HeadProperties> {
  const features: FeatureCollection<Point, HeadProperties>['features'] = [];
  if (time !== null) {
    const end = firstFrom(index.routes, time);
    // Equal start times sort in any order: step back past every route that set off exactly at `time`.
    let i = firstFrom(index.routes, time - index.longest);
    for (; i < index.routes.length && (i < end || index.routes[i]!.schedule.appear <= time); i++) {
      const { id, status, coordinates: line, schedule } = index.routes[i]!;
      if (time < schedule.appear || time >= schedule.arrive) continue;
      const { coordinates } = pointAlongRoute({ type: 'LineString', coordinates: line }, (time - schedule.appear) / (schedule.arrive - schedule.appear));
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { id, status } });
    }
  }
  return { type: 'FeatureCollection', features };
}
