'use client';

import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, LineString } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Place } from '@/lib/data/schema';
import { buildBaseStyle, placesBounds } from '@/lib/map/base-style';
import { MOVEMENTS_SOURCE } from '@/lib/map/movement-layers';
import { PlaceMarkers } from './place-markers';

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
  /** The places to mark: the primary ones, which the map is fitted to, and any others routes reach. */
  places: readonly Place[];
  /** Movement routes, pushed into the map's source with setData whenever they change. */
  movements: FeatureCollection<LineString>;
  selectedPlaceId: string | null;
  onSelectPlace: (id: string) => void;
  /** Shown in place of the map when WebGL 2 is missing or the map fails to start. */
  fallback: ReactNode;
}

/**
 * The only owner of the MapLibre map. It creates the map once, removes it on unmount, and reports
 * readiness through `data-map-ready` on its container (tests wait on it). It holds no app state.
 */
export function MapView({ places, movements, selectedPlaceId, onSelectPlace, fallback }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [status, setStatus] = useState<MapStatus>('loading');
  const [failure, setFailure] = useState<string | null>(null);
  // The map is created once; later changes to places reach it through its sources, not a rebuild.
  const initialPlaces = useRef(places);

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
      .then(({ AttributionControl, Map, NavigationControl, ScaleControl, setWorkerUrl }) => {
        if (cancelled) return;
        setWorkerUrl(WORKER_URL);
        const startPlaces = initialPlaces.current;
        created = new Map({
          container,
          style: buildBaseStyle(startPlaces, window.location.origin),
          bounds: placesBounds(startPlaces.filter((p) => p.primary)),
          // Labels hang below their points, so leave more room at the bottom.
          fitBoundsOptions: { padding: { top: 80, bottom: 140, left: 160, right: 160 } },
          attributionControl: false,
          dragRotate: false,
        });
        created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
        created.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
        created.addControl(new AttributionControl({ compact: false }), 'bottom-left');
        created.once('load', () => {
          if (cancelled) return;
          setMap(created ?? null);
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

  const unavailable = status === 'unsupported' || status === 'failed';
  return (
    <div className="map-view" data-map-ready={status === 'ready' ? 'true' : 'false'} data-map-status={status}>
      <div ref={containerRef} className="map-canvas" aria-label="Map of the reported places" role="region" hidden={unavailable} />
      {status === 'loading' && (
        <p className="map-status" role="status">
          Loading map…
        </p>
      )}
      {unavailable && (
        <div className="map-fallback" role="alert">
          <p>
            {status === 'unsupported'
              ? 'The map needs WebGL 2, which this browser or machine does not provide.'
              : `The map could not start${failure ? ` (${failure})` : ''}.`}{' '}
            The places are listed below.
          </p>
          {fallback}
        </div>
      )}
      {map && <PlaceMarkers map={map} places={places} selectedPlaceId={selectedPlaceId} onSelectPlace={onSelectPlace} />}
    </div>
  );
}
