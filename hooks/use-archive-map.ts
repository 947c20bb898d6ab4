'use client';

import { useMemo } from 'react';
import useSWR from 'swr';
import type { Place } from '@/lib/data/schema';
import { laneGeometries, lanesGeoJson, overviewRoutes, timedMapData, type TimedMapData } from '@/lib/map/archive-at';
import { decodeTimedLayer, type MapSummary } from '@/lib/map/archive-layers';
import { BASEMAP_BBOX, placesBounds } from '@/lib/map/base-style';
import { MAP_PATH } from '@/lib/api/responses';
import { pointEventFeatures } from '@/lib/map/event-symbols';
import { segmentInstances } from '@/lib/map/movement-gpu';
import { buildTimelineFromTicks } from '@/lib/time/timeline';
import { fetchJson } from './use-dashboard-data';

/**
 * The map's summary (lib/map/archive-layers.ts), fetched once the page runs and kept fresh by SWR.
 * It grows with the archive's routes (a lane per route and status), so the page never carries it:
 * compressed on the wire it costs a fraction of its JSON.
 */
export function useMapSummary() {
  const { data, error, mutate } = useSWR<MapSummary, Error>(MAP_PATH, fetchJson, { revalidateIfStale: false, revalidateOnFocus: true });
  return { summary: data, error, refresh: mutate };
}

/** Everything the map draws from the summary, whatever the date: lanes, symbols, marked places, the timeline. */
export function useArchiveMap(summary: MapSummary | undefined, places: readonly Place[] | undefined) {
  return useMemo(() => {
    if (!summary || !places) return null;
    const byId = new Map(places.map((p) => [p.id, p]));
    const marked = summary.marked.flatMap((id) => byId.get(id) ?? []);
    const geometries = laneGeometries(summary.lanes, byId);
    return {
      summary,
      placesById: byId,
      primary: places.filter((p) => p.primary),
      marked,
      bounds: marked.length > 0 ? placesBounds(marked) : null,
      geometries,
      lanes: lanesGeoJson(summary.lanes, geometries),
      overview: segmentInstances(overviewRoutes(summary.lanes, geometries)),
      symbols: pointEventFeatures(summary.symbols, byId, BASEMAP_BBOX),
      timeline: summary.timeline ? buildTimelineFromTicks(summary.timeline) : null,
    };
  }, [summary, places]);
}

export type ArchiveMap = NonNullable<ReturnType<typeof useArchiveMap>>;

async function fetchLayer([url, places]: [string, readonly Place[]]) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return decodeTimedLayer(await response.arrayBuffer(), places);
}

/**
 * The timed layer (routes, symbols and place states by date), fetched once the timeline leaves
 * "every date" and kept: the URL names the summary's version, so the browser caches its bytes.
 */
export function useTimedMap(map: ArchiveMap | null, needed: boolean): { timed: TimedMapData | null; error: Error | undefined } {
  const key = map && needed ? ([`/api/map/timed?v=${map.summary.version}`, [...map.placesById.values()]] as const) : null;
  const { data, error } = useSWR(key, fetchLayer, { revalidateOnFocus: false, keepPreviousData: true });
  const timed = useMemo(() => (map && data ? timedMapData(data, map.summary.lanes, map.geometries) : null), [map, data]);
  return { timed, error };
}
