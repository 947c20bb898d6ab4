'use client';

import type { FeatureCollection, LineString } from 'geojson';
import { useMemo } from 'react';
import type { EventStatus } from '@/lib/data/schema';
import { gpuRoutes, segmentInstances } from '@/lib/map/movement-gpu';
import { headIndex, headsAt } from '@/lib/map/route-heads';
import { DAY_MS } from '@/lib/time/date';
import { type EventTiming } from '@/lib/time/animation';

/**
 * What the map view needs to draw the routes at the timeline's time: the segments for the GPU
 * (built once per dataset), the time as one number of days since `originMs`, and the heads of the
 * movements under way (found through an index, not by visiting every route).
 */
export function useRouteLayer(
  movements: FeatureCollection<LineString, { id: string; status: EventStatus }>,
  timings: ReadonlyMap<string, EventTiming>,
  originMs: number,
  time: number | null,
) {
  const routes = useMemo(() => gpuRoutes(movements, timings, originMs), [movements, timings, originMs]);
  const routeSegments = useMemo(() => segmentInstances(routes), [routes]);
  const index = useMemo(() => headIndex(routes), [routes]);
  const routeTime = time === null ? null : (time - originMs) / DAY_MS;
  const heads = useMemo(() => headsAt(index, routeTime), [index, routeTime]);
  return { routeSegments, routeTime, heads };
}
