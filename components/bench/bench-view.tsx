'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MapView } from '@/components/map/map-view';
import { exposeMapForTests } from '@/components/map/test-hooks';
import { TimelineBar } from '@/components/timeline/timeline-bar';
import { useDashboardParams } from '@/hooks/use-dashboard-params';
import { useRouteLayer } from '@/hooks/use-route-layer';
import { useTimelineClock } from '@/hooks/use-timeline-clock';
import { benchFile, syntheticMovements, type SyntheticDataset } from '@/lib/bench/synthetic';
import type { EventStatus } from '@/lib/data/schema';
import { buildBaseStyle } from '@/lib/map/base-style';
import { STATUS_STYLES } from '@/lib/map/status-style';
import { buildTimeline } from '@/lib/time/timeline';

/** Where the synthetic routes lie. */
const BOUNDS: [[number, number], [number, number]] = [[36, 29.5], [48, 37]];
const NO_POINTS: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

type Movements = FeatureCollection<LineString, { id: string; status: EventStatus }>;

/**
 * The benchmark page: `app` is the dashboard's map and timeline (the GPU route layer, heads, the
 * clock and the slider) over a synthetic dataset; `floor` is a bare MapLibre map with the same
 * basemap and the same routes in a plain line layer, and no time logic at all.
 */
export function BenchView({ count, mode }: { count: number; mode: 'app' | 'floor' }) {
  const [data, setData] = useState<SyntheticDataset | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch(`/bench/${benchFile(count)}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${r.status} for ${benchFile(count)}: run npm run bench`))))
      .then(setData, (e: unknown) => setError(String(e)));
  }, [count]);
  const parsed = useMemo(() => (data ? syntheticMovements(data) : null), [data]);

  return (
    <div className="dashboard">
      <header className="app-header">
        <h1>Sitrep benchmark</h1>
        <p className="app-subtitle">
          {count.toLocaleString('en-GB')} synthetic movements · {mode === 'app' ? 'the app' : 'bare MapLibre (floor)'}
        </p>
      </header>
      {error && <p role="alert">{error}</p>}
      {!error && !parsed && <p role="status">Loading the synthetic dataset…</p>}
      {parsed && mode === 'app' && parsed.timings.size === 0 && <p role="alert">The app needs at least one movement for its timeline.</p>}
      {parsed && mode === 'app' && parsed.timings.size > 0 && <AppBench {...parsed} />}
      {parsed && mode === 'floor' && <FloorBench movements={parsed.movements} />}
    </div>
  );
}

function AppBench({ movements, timings }: ReturnType<typeof syntheticMovements>) {
  const timeline = useMemo(() => buildTimeline(timings), [timings]);
  const { params, setParams } = useDashboardParams([]);
  const clock = useTimelineClock(timeline, params, setParams);
  const { routeSegments, routeTime, heads } = useRouteLayer(movements, timings, timeline.startMs, clock.time);
  return (
    <>
      <main className="dashboard-main">
        <MapView places={[]} bounds={BOUNDS} movements={movements} pointEvents={NO_POINTS} routeSegments={routeSegments} routeTime={routeTime} symbols={null} heads={heads} fallback={null}>
          {() => null}
        </MapView>
      </main>
      <footer className="timeline-dock">
        <TimelineBar timeline={timeline} clock={clock} />
      </footer>
    </>
  );
}

function FloorBench({ movements }: { movements: Movements }) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  useEffect(() => {
    let created: MapLibreMap | undefined;
    let cancelled = false;
    import('maplibre-gl').then(({ Map, setWorkerUrl }) => {
      if (cancelled || !container.current) return;
      setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
      created = new Map({ container: container.current, style: buildBaseStyle([], window.location.origin), bounds: BOUNDS, attributionControl: false });
      created.once('load', () => {
        created!.addSource('floor-routes', { type: 'geojson', data: movements });
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
        setMap(created!);
      });
    });
    return () => {
      cancelled = true;
      created?.remove();
    };
  }, [movements]);
  // The same input as the app's slider, with no time logic: each move only redraws the map.
  const onPointerMove = () => map?.triggerRepaint();
  return (
    <>
      <main className="dashboard-main">
        <div className="map-view" data-map-ready={map ? 'true' : 'false'}>
          <div ref={container} className="map-canvas" />
        </div>
      </main>
      <footer className="timeline-dock">
        <section className="timeline" aria-label="Timeline">
          <div className="timeline-controls">
            <button type="button">▶</button>
          </div>
          <div className="timeline-track" onPointerMove={onPointerMove} onPointerDown={(e) => e.currentTarget.setPointerCapture(e.pointerId)} />
        </section>
      </footer>
    </>
  );
}
