'use client';

import { useI18n } from '@/components/i18n/locale-provider';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Place } from '@/lib/data/schema';
import { BASEMAP_BBOX, PLACES_SOURCE, buildBaseStyle, placesGeoJson } from '@/lib/map/base-style';
import { POINT_EVENT_HIGHLIGHT_LAYER, POINT_EVENTS_SOURCE, pointEventHighlightFilter } from '@/lib/map/event-symbols';
import { headsOf, type TimedMapData } from '@/lib/map/archive-at';
import type { RouteSegments } from '@/lib/map/movement-gpu';
import type { MovementGpuLayer } from '@/lib/map/movement-gpu-layer';
import { MOVEMENT_HEADS_SOURCE, MOVEMENT_HIGHLIGHT_LAYER, MOVEMENTS_SOURCE, movementHighlightFilter } from '@/lib/map/movement-layers';
import type { Clock } from '@/lib/time/clock';
import { DAY_MS } from '@/lib/time/date';
import type { SymbolStates } from '@/lib/map/archive-at';
import { applySymbolStates, installLayers } from './map-layers';
import { addSymbolImages } from './symbol-images';
import { exposeMapForTests } from './test-hooks';

const EMPTY_HEADS: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

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
  /** The lanes (for pointer hits and highlights) and the point-event symbols, pushed into the map's sources whenever they change. */
  lanes: FeatureCollection<LineString>;
  pointEvents: FeatureCollection<Point>;
  /** The routes as the GPU draws them: every lane in full (the overview), or the timed layer's movements. */
  routeSegments: RouteSegments;
  /** The clock the routes and the heads follow, every frame, outside React; null draws every route in full. */
  clock: Clock | null;
  /** The timed layer the clock's time is read against (null until it has come: routes drawn in full). */
  timed: TimedMapData | null;
  /** Each symbol's look at the timeline's date, or null to show every event in full. */
  symbols: SymbolStates | null;
  /** False while what the date needs has not come yet: the map is not ready (data-map-ready) until it has and is drawn. */
  complete: boolean;
  /** The lanes that glow and the symbols ringed: a chosen report's, a briefing step's. */
  highlight?: { lanes: readonly string[]; symbols: readonly string[] };
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

const NO_HIGHLIGHT = { lanes: [], symbols: [] } as const;

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
export function MapView({ places, bounds, lanes, pointEvents, routeSegments, clock, timed, symbols, complete, highlight = NO_HIGHLIGHT, camera = null, children, fallback }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [status, setStatus] = useState<MapStatus>('loading');
  // Drawn: the routes and symbols that the date needs are in the map, and it has painted them.
  const [drawn, setDrawn] = useState(false);
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
          routes.current = installLayers(map);
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
    map?.getSource<GeoJSONSource>(MOVEMENTS_SOURCE)?.setData(lanes);
  }, [map, lanes]);
  useEffect(() => {
    map?.getSource<GeoJSONSource>(POINT_EVENTS_SOURCE)?.setData(pointEvents);
  }, [map, pointEvents]);
  useEffect(() => {
    map?.getSource<GeoJSONSource>(PLACES_SOURCE)?.setData(placesGeoJson(places));
  }, [map, places]);
  useEffect(() => {
    if (map) routes.current?.setSegments(routeSegments);
  }, [map, routeSegments]);
  // Time moves the routes by one uniform on the GPU and the few heads by a tiny source, every
  // frame, straight from the clock: React renders nothing for a frame. No GeoJSON is rebuilt as
  // the date changes.
  useEffect(() => {
    if (!map) return;
    const heads = map.getSource<GeoJSONSource>(MOVEMENT_HEADS_SOURCE);
    let lastHeads = '';
    const show = () => {
      const t = clock?.state().time ?? null;
      const days = timed && t !== null ? (t - timed.layer.originMs) / DAY_MS : null;
      routes.current?.setTime(days);
      const next = timed ? headsOf(timed, t) : EMPTY_HEADS;
      // Most frames have no head under way: leave the source alone then.
      const key = next.features.length === 0 ? '' : String(t);
      if (key !== lastHeads) heads?.setData(next);
      lastHeads = key;
    };
    show();
    return clock?.subscribe(show);
  }, [map, clock, timed]);
  useEffect(() => {
    if (map) applySymbolStates(map, symbols);
  }, [map, symbols, pointEvents]);
  useEffect(() => {
    if (!map) return;
    map.setFilter(MOVEMENT_HIGHLIGHT_LAYER, movementHighlightFilter(highlight.lanes));
    map.setFilter(POINT_EVENT_HIGHLIGHT_LAYER, pointEventHighlightFilter(highlight.symbols));
  }, [map, highlight]);
  // Ready once what the date needs is in and painted, not at the basemap's first idle.
  useEffect(() => {
    if (!map || !complete) {
      setDrawn(false);
      return;
    }
    let live = true;
    map.once('idle', () => live && setDrawn(true));
    map.triggerRepaint();
    return () => {
      live = false;
    };
  }, [map, complete, routeSegments, pointEvents, lanes]);
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
    <div className="map-view" data-map-ready={status === 'ready' && drawn ? 'true' : 'false'} data-map-status={status}>
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
