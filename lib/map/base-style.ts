/**
 * The map's style as a plain object, built from validated data so it can be tested without WebGL.
 * Local only: no tile, glyph or sprite URL. Basemap labels are drawn by MapLibre in the page's own
 * web fonts (with no `glyphs` URL, `text-font` names CSS font families, and MapLibre shapes Arabic
 * itself); the places the sources name are HTML markers.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Place } from '@/lib/data/schema';
import { MOVEMENTS_SOURCE, movementLayers } from './movement-layers';

export const PLACES_SOURCE = 'places';

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

/** The files `npm run basemap` writes to public/basemap/. */
export const BASEMAP_FILES = ['countries', 'lakes', 'rivers', 'provinces', 'borders', 'labels'] as const;

export const BASEMAP_ATTRIBUTION = [
  'Natural Earth (public domain)',
  'GSHHG/WDBII shorelines and rivers (LGPL)',
  'GeoNames (CC BY 4.0)',
].join(' · ');

const LATIN = ['Noto Sans'];
const ARABIC = ['Noto Sans Arabic'];
const WATER = '#c8d7e1';
const RIVER = '#8fb0c6';

/** An English name above its Arabic one, each in its own web font. */
function bilingual(separator = '\n'): ExpressionSpecification {
  return ['format', ['get', 'en'], { 'text-font': ['literal', LATIN] }, separator, {}, ['get', 'ar'], { 'text-font': ['literal', ARABIC] }];
}

const isKind = (kind: string): FilterSpecification => ['==', ['get', 'kind'], kind];

/** The basemap's layers, bottom to top. Calm and muted, so that the movement layer stands out on a projector. */
function basemapLayers(): LayerSpecification[] {
  const halo = { 'text-halo-color': '#f7f6f1', 'text-halo-width': 1.6 } as const;
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': WATER } },
    { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f1f0ea' } },
    { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': WATER, 'fill-outline-color': RIVER } },
    {
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': RIVER, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2.5] },
    },
    {
      id: 'provinces',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': '#b9b2a5', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2], 'line-dasharray': [1, 2] },
    },
    { id: 'coast', type: 'line', source: 'countries', paint: { 'line-color': '#9fb3c2', 'line-width': 0.8 } },
    {
      id: 'borders',
      type: 'line',
      source: 'borders',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': '#8c8478', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 2], 'line-dasharray': [3, 2] },
    },
    {
      id: 'label-country',
      type: 'symbol',
      source: 'labels',
      filter: isKind('country'),
      layout: { 'text-field': bilingual(), 'text-font': LATIN, 'text-size': 17, 'text-letter-spacing': 0.15, 'text-line-height': 1.3 },
      paint: { 'text-color': '#a39c8f', ...halo },
    },
    {
      id: 'label-province',
      type: 'symbol',
      source: 'labels',
      filter: isKind('province'),
      minzoom: 5.5,
      layout: { 'text-field': bilingual(), 'text-font': LATIN, 'text-size': 12, 'text-line-height': 1.25 },
      paint: { 'text-color': '#8f887c', ...halo },
    },
    {
      id: 'label-river',
      type: 'symbol',
      source: 'rivers',
      filter: ['has', 'en'],
      layout: {
        'text-field': bilingual('   '),
        'text-font': LATIN,
        'text-size': 13,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-offset': [0, -0.9],
        'text-max-angle': 30,
      },
      paint: { 'text-color': '#4f7d9c', ...halo },
    },
    {
      id: 'city-dot',
      type: 'circle',
      source: 'labels',
      filter: isKind('city'),
      paint: { 'circle-radius': 3, 'circle-color': '#6f6a61', 'circle-stroke-color': '#f7f6f1', 'circle-stroke-width': 1 },
    },
    {
      id: 'label-city',
      type: 'symbol',
      source: 'labels',
      filter: isKind('city'),
      layout: {
        'text-field': bilingual(),
        'text-font': LATIN,
        'text-size': ['match', ['get', 'rank'], 1, 14, 12.5],
        'text-line-height': 1.25,
        'text-anchor': 'top',
        'text-offset': [0, 0.5],
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': '#514c44', ...halo },
    },
  ];
}

/**
 * `origin` is this app's origin: the basemap GeoJSON is served from public/basemap/ (built by
 * `npm run basemap`), and MapLibre's worker needs absolute URLs to fetch it.
 */
export function buildBaseStyle(places: readonly Place[], origin: string): StyleSpecification {
  const basemap = Object.fromEntries(
    BASEMAP_FILES.map((name): [string, SourceSpecification] => [
      name,
      { type: 'geojson', data: new URL(`/basemap/${name}.geojson`, origin).href, ...(name === 'countries' ? { attribution: BASEMAP_ATTRIBUTION } : {}) },
    ]),
  );
  return {
    version: 8,
    name: 'sitrep-base',
    sources: {
      ...basemap,
      [PLACES_SOURCE]: { type: 'geojson', data: placesGeoJson(places) },
      // Filled by the map view with setData once the events arrive.
      [MOVEMENTS_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      ...basemapLayers(),
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
