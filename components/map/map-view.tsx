'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Place } from '@/lib/data/schema';
import { BASEMAP_BBOX, PLACES_SOURCE, buildBaseStyle, placesGeoJson } from '@/lib/map/base-style';
import { POINT_EVENT_HIGHLIGHT_LAYER, POINT_EVENTS_SOURCE, pointEventHighlightFilter } from '@/lib/map/event-symbols';
import type { RouteSegments } from '@/lib/map/movement-gpu';
import { MovementGpuLayer } from '@/lib/map/movement-gpu-layer';
import { MOVEMENT_HEADS_SOURCE, MOVEMENT_HIGHLIGHT_LAYER, MOVEMENT_HIT_LAYER, MOVEMENTS_SOURCE, movementHighlightFilter } from '@/lib/map/movement-layers';
import type { SymbolStates } from '@/lib/time/frames';
import { addSymbolImages } from './symbol-images';
import { exposeMapForTests } from './test-hooks';

/** Copied from node_modules by scripts/copy-maplibre-worker.mjs; served by this app, never a CDN. */
const WORKER_URL = '/maplibre/maplibre-gl-worker.mjs';

type MapStatus = 'loading' | 'ready' | 'unsupported' | 'failed';

function supportsWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

interface MapViewProps {
  /** The places to mark: the primary ones and any others that events reach. */
  places: readonly Place[];
  /** What the map is fitted to, at start, on resize and in fullscreen (until the user moves it). */
  bounds: LngLatBoundsLike;
  /** Movement routes (for pointer hits) and point-event symbols, pushed into the map's sources whenever they change. */
  movements: FeatureCollection<LineString>;
  pointEvents: FeatureCollection<Point>;
  /** The routes as the GPU draws them (segmentInstances), and the date they are drawn at, in days since the schedule's origin (null: every route in full). */
  routeSegments: RouteSegments;
  routeTime: number | null;
  /** Each symbol's look at the timeline's date, or null to show every event in full. */
  symbols: SymbolStates | null;
  /** The heads of movements under way at the timeline's date. */
  heads: FeatureCollection<Point>;
  /** The events whose routes glow or whose places are ringed: a chosen report, a briefing step's events. */
  highlight?: readonly string[];
  /**
   * Where to point the map, in place of fitting `bounds`: it moves there (animated, or at once with
   * reduced motion) whenever the target changes, and again after a resize.
   */
  camera?: CameraTarget | null;
  /** Overlays drawn on the map once it is ready (markers, handles, tooltips). */
  children: (map: MapLibreMap) => ReactNode;
  /** Shown in place of the map when WebGL 2 is missing or the map fails to start. */
  fallback: ReactNode;
}

/** Labels hang below their points, so leave more room at the bottom; the legend sits bottom right. */
const FIT_PADDING = { top: 90, bottom: 150, left: 120, right: 340 };

const NO_HIGHLIGHT: readonly string[] = [];

export type CameraTarget = { center: [number, number]; zoom: number; bearing?: number } | { bounds: LngLatBoundsLike; padding?: number | PaddingOptions };

/** Points the map at a target; `animate` false jumps there. */
function moveCamera(map: MapLibreMap, target: CameraTarget, animate: boolean) {
  const duration = animate ? 1600 : 0;
  if ('bounds' in target) map.fitBounds(target.bounds, { padding: target.padding ?? FIT_PADDING, bearing: 0, duration });
  else map.flyTo({ center: target.center, zoom: target.zoom, bearing: target.bearing ?? 0, duration, essential: true });
}

/**
 * The only owner of the MapLibre map. It creates the map once, removes it on unmount, and reports
 * readiness through `data-map-ready` on its container (tests wait on it). It holds no app state.
 */
export function MapView({ places, bounds, movements, pointEvents, routeSegments, routeTime, symbols, heads, highlight = NO_HIGHLIGHT, camera = null, children, fallback }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [status, setStatus] = useState<MapStatus>('loading');
  const [failure, setFailure] = useState<string | null>(null);
  // The map is created once; later changes reach it through its sources, not a rebuild.
  const latest = useRef({ places, bounds, camera });
  const routes = useRef<MovementGpuLayer>(null);
  const { m } = useI18n();
  // The map's own controls are made once, in the language of that moment; an effect keeps their labels in step.
  const labels = useRef(m.map);
  labels.current = m.map;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    if (!supportsWebGL2()) {
      setStatus('unsupported');
      return;
    }
    let cancelled = false;
    let created: MapLibreMap | undefined;
    import('maplibre-gl')
      .then(({ AttributionControl, FullscreenControl, Map, NavigationControl, ScaleControl, setWorkerUrl }) => {
        if (cancelled) return;
        setWorkerUrl(WORKER_URL);
        const start = latest.current;
        const map = new Map({
          container,
          style: buildBaseStyle(start.places, window.location.origin),
          bounds: start.bounds,
          fitBoundsOptions: { padding: FIT_PADDING },
          maxBounds: [...BASEMAP_BBOX],
          attributionControl: false,
          // North stays up: route handles and labels are drawn for a north-up map.
          dragRotate: false,
          touchPitch: false,
          locale: {
            'NavigationControl.ResetBearing': labels.current.northUp,
            'NavigationControl.ZoomIn': labels.current.zoomIn,
            'NavigationControl.ZoomOut': labels.current.zoomOut,
            'FullscreenControl.Enter': labels.current.fullscreen,
            'FullscreenControl.Exit': labels.current.exitFullscreen,
            'Map.Title': labels.current.region,
          },
        });
        created = map;
        map.touchZoomRotate.disableRotation();
        map.addControl(new NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
        // Fullscreen takes the whole dashboard (legend and panel included), not the canvas alone.
        map.addControl(new FullscreenControl({ container: container.closest('main') ?? undefined }), 'top-right');
        map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
        map.addControl(new AttributionControl({ compact: false }), 'bottom-left');
        map.on('styleimagemissing', () => addSymbolImages(map));
        // Keep the fitted view on resize and in fullscreen, until the user pans or zooms.
        let userMoved = false;
        map.on('movestart', (e) => {
          if ('originalEvent' in e && e.originalEvent) userMoved = true;
        });
        map.on('resize', () => {
          if (userMoved) return;
          if (latest.current.camera) moveCamera(map, latest.current.camera, false);
          else map.fitBounds(latest.current.bounds, { padding: FIT_PADDING, animate: false });
        });
        map.once('load', () => {
          if (cancelled) return;
          addSymbolImages(map);
          routes.current = new MovementGpuLayer();
          map.addLayer(routes.current, MOVEMENT_HIT_LAYER);
          exposeMapForTests(map);
          setMap(map);
          setStatus('ready');
        });
        created.on('error', (event) => console.error('map error:', event.error));
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        console.error('map failed to start:', error);
        setFailure(error instanceof Error ? error.message : String(error));
        setStatus('failed');
      });
    return () => {
      cancelled = true;
      created?.remove();
      setMap(null);
    };
  }, []);

  useEffect(() => {
    map?.getSource<GeoJSONSource>(MOVEMENTS_SOURCE)?.setData(movements);
  }, [map, movements]);
  useEffect(() => {
    map?.getSource<GeoJSONSource>(POINT_EVENTS_SOURCE)?.setData(pointEvents);
  }, [map, pointEvents]);
  useEffect(() => {
    map?.getSource<GeoJSONSource>(PLACES_SOURCE)?.setData(placesGeoJson(places));
  }, [map, places]);
  useEffect(() => {
    if (map) routes.current?.setSegments(routeSegments);
  }, [map, routeSegments]);
  // Time moves the routes by one uniform on the GPU, and the few symbols by feature-state: no
  // GeoJSON is rebuilt as the date changes.
  useEffect(() => {
    if (map) routes.current?.setTime(routeTime);
  }, [map, routeTime]);
  useEffect(() => {
    if (!map) return;
    if (!symbols) {
      map.removeFeatureState({ source: POINT_EVENTS_SOURCE });
      return;
    }
    for (const [id, state] of symbols) map.setFeatureState({ source: POINT_EVENTS_SOURCE, id }, state);
  }, [map, symbols, pointEvents]);
  useEffect(() => {
    map?.getSource<GeoJSONSource>(MOVEMENT_HEADS_SOURCE)?.setData(heads);
  }, [map, heads]);
  useEffect(() => {
    if (!map) return;
    map.setFilter(MOVEMENT_HIGHLIGHT_LAYER, movementHighlightFilter(highlight));
    map.setFilter(POINT_EVENT_HIGHLIGHT_LAYER, pointEventHighlightFilter(highlight));
  }, [map, highlight]);
  useEffect(() => {
    latest.current.bounds = bounds;
  }, [bounds]);
  useEffect(() => {
    const container = map?.getContainer();
    if (!container) return;
    const label = (selector: string, text: string) =>
      container.querySelectorAll(selector).forEach((el) => {
        el.setAttribute('title', text);
        el.setAttribute('aria-label', text);
      });
    label('.maplibregl-ctrl-zoom-in', m.map.zoomIn);
    label('.maplibregl-ctrl-zoom-out', m.map.zoomOut);
    label('.maplibregl-ctrl-compass', m.map.northUp);
    label('.maplibregl-ctrl-fullscreen', m.map.fullscreen);
    label('.maplibregl-ctrl-shrink', m.map.exitFullscreen);
    container.querySelector('canvas')?.setAttribute('aria-label', m.map.region);
  }, [map, m]);
  useEffect(() => {
    latest.current.camera = camera;
    if (map && camera) moveCamera(map, camera, !window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  }, [map, camera]);

  const unavailable = status === 'unsupported' || status === 'failed';
  return (
    <div className="map-view" data-map-ready={status === 'ready' ? 'true' : 'false'} data-map-status={status}>
      <div ref={containerRef} className="map-canvas" aria-label={m.map.region} role="region" hidden={unavailable} />
      {status === 'loading' && (
        <p className="map-status" role="status">
          {m.map.loading}
        </p>
      )}
      {unavailable && (
        <div className="map-fallback" role="alert">
          <p>
            {status === 'unsupported' ? m.map.noWebgl : m.map.failed(failure)} {m.map.listedBelow}
          </p>
          {fallback}
        </div>
      )}
      {map && children(map)}
    </div>
  );
}
