'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { exposeMapForTests } from '@/components/map/test-hooks';
import { fetchJson } from '@/hooks/use-dashboard-data';
import { MAP_PATH, type PlacesResponse } from '@/lib/api/responses';
import type { EventStatus } from '@/lib/data/schema';
import { laneGeometries, timedRoutes } from '@/lib/map/archive-at';
import { decodeTimedLayer, type MapSummary } from '@/lib/map/archive-layers';
import { buildBaseStyle, placesBounds } from '@/lib/map/base-style';
import { STATUS_STYLES } from '@/lib/map/status-style';

type Routes = FeatureCollection<LineString, { status: EventStatus }>;

/** The archive's routes exactly as the dashboard's GPU layer gets them: one line per schedule on its lane. */
async function loadRoutes(): Promise<{ routes: Routes; bounds: [[number, number], [number, number]] }> {
  const [summary, { places }] = await Promise.all([fetchJson<MapSummary>(MAP_PATH), fetchJson<PlacesResponse>('/api/places')]);
  const byId = new Map(places.map((p) => [p.id, p]));
  const response = await fetch(`/api/map/timed?v=${summary.version}`);
  if (!response.ok) throw new Error(`/api/map/timed answered ${response.status}`);
  const layer = decodeTimedLayer(await response.arrayBuffer(), places);
  const routes = timedRoutes(layer, summary.lanes, laneGeometries(summary.lanes, byId));
  const marked = summary.marked.flatMap((id) => byId.get(id) ?? []);
  return {
    routes: { type: 'FeatureCollection', features: routes.map((r) => ({ type: 'Feature', geometry: { type: 'LineString', coordinates: r.coordinates }, properties: { status: r.status } })) },
    bounds: placesBounds(marked) as [[number, number], [number, number]],
  };
}

/**
 * The benchmark's floor: bare MapLibre with the dashboard's basemap and the archive's routes (the
 * same lines the dashboard's GPU layer draws) in one plain line layer, and no time logic at all.
 * The benchmark opens the dashboard itself for the app; this page is only what it is compared with.
 */
export function BenchFloor() {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let created: MapLibreMap | undefined;
    let cancelled = false;
    Promise.all([loadRoutes(), import('maplibre-gl')])
      .then(([{ routes, bounds }, { Map, setWorkerUrl }]) => {
        if (cancelled || !container.current) return;
        setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
        created = new Map({ container: container.current, style: buildBaseStyle([], window.location.origin), bounds, attributionControl: false });
        created.once('load', () => {
          created!.addSource('floor-routes', { type: 'geojson', data: routes });
          const color = (s: EventStatus) => STATUS_STYLES[s].color;
          created!.addLayer({
            id: 'floor-routes',
            type: 'line',
            source: 'floor-routes',
            paint: {
              'line-width': 2.5,
              'line-color': ['match', ['get', 'status'], 'confirmed', color('confirmed'), 'reported', color('reported'), 'claimed', color('claimed'), 'planned', color('planned'), color('denied')],
            },
          });
          exposeMapForTests(created!);
          created!.once('idle', () => setMap(created!));
        });
      })
      .catch((e: unknown) => setError(String(e)));
    return () => {
      cancelled = true;
      created?.remove();
    };
  }, []);
  // The same input as the dashboard's slider, with no time logic: each move only redraws the map.
  const onPointerMove = () => map?.triggerRepaint();
  return (
    <div className="dashboard">
      <header className="app-header">
        <h1>Sitrep benchmark floor</h1>
        <p className="app-subtitle">bare MapLibre, the archive&apos;s routes, no time logic</p>
      </header>
      {error && <p role="alert">{error}</p>}
      <main className="dashboard-main">
        <div className="map-view" data-map-ready={map ? 'true' : 'false'}>
          <div ref={container} className="map-canvas" />
        </div>
      </main>
      <footer className="timeline-dock">
        <section className="timeline" aria-label="Timeline">
          <div className="timeline-track" onPointerMove={onPointerMove} onPointerDown={(e) => e.currentTarget.setPointerCapture(e.pointerId)} />
        </section>
      </footer>
    </div>
  );
}
