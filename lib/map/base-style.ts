/**
 * The map's style as a plain object, built from validated data so it can be tested without WebGL.
 * Local only: no tile, glyph or sprite URL. Labels are HTML markers, so no `text-font` is needed.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Place } from '@/lib/data/schema';
import { MOVEMENTS_SOURCE, movementLayers } from './movement-layers';

export const PLACES_SOURCE = 'places';
export const BASEMAP_ATTRIBUTION = 'Natural Earth (public domain), via world-atlas';

export function placesGeoJson(places: readonly Place[]): FeatureCollection<Point, { id: string; primary: boolean }> {
  return {
    type: 'FeatureCollection',
    features: places.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: p.coordinates },
      properties: { id: p.id, primary: p.primary },
    })),
  };
}

/**
 * `origin` is this app's origin: the basemap GeoJSON is served from public/basemap/ (built by
 * `npm run basemap`), and MapLibre's worker needs absolute URLs to fetch it.
 */
export function buildBaseStyle(places: readonly Place[], origin: string): StyleSpecification {
  const basemap = (file: string) => new URL(`/basemap/${file}`, origin).href;
  return {
    version: 8,
    name: 'sitrep-base',
    sources: {
      countries: { type: 'geojson', data: basemap('countries.geojson'), attribution: BASEMAP_ATTRIBUTION },
      borders: { type: 'geojson', data: basemap('borders.geojson') },
      [PLACES_SOURCE]: { type: 'geojson', data: placesGeoJson(places) },
      // Filled by the map view with setData once the events arrive.
      [MOVEMENTS_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      // Calm and muted, so that the movement layer stands out on a projector.
      { id: 'sea', type: 'background', paint: { 'background-color': '#c8d7e1' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f1f0ea' } },
      { id: 'coast', type: 'line', source: 'countries', paint: { 'line-color': '#9fb3c2', 'line-width': 0.8 } },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#8c8478', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 2], 'line-dasharray': [3, 2] },
      },
      ...movementLayers(MOVEMENTS_SOURCE),
      {
        id: 'place-halo',
        type: 'circle',
        source: PLACES_SOURCE,
        filter: ['==', ['get', 'primary'], true],
        paint: { 'circle-radius': 14, 'circle-color': '#1f4e79', 'circle-opacity': 0.12, 'circle-stroke-width': 1, 'circle-stroke-color': '#1f4e79', 'circle-stroke-opacity': 0.35 },
      },
    ],
  };
}

/** [[west, south], [east, north]] around the given places. */
export function placesBounds(places: readonly Place[]): [[number, number], [number, number]] {
  if (places.length === 0) throw new RangeError('placesBounds needs at least one place');
  const lons = places.map((p) => p.coordinates[0]);
  const lats = places.map((p) => p.coordinates[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
