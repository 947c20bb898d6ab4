/**
 * The map's style as a plain object, built from validated data so it can be tested without WebGL.
 * Local only: no tile, glyph or sprite URL. Basemap labels are drawn by MapLibre in the page's own
 * web fonts (with no `glyphs` URL, `text-font` names CSS font families, and MapLibre shapes Arabic
 * itself); the places the sources name are HTML markers.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { distance } from '@turf/turf';
import type { Place } from '@/lib/data/schema';
import { POINT_EVENTS_SOURCE, pointEventLayers } from './event-symbols';
import { MOVEMENT_HEADS_SOURCE, MOVEMENTS_SOURCE, movementHeadsLayer, movementLayers } from './movement-layers';
import { clampPoint, isInsideBox } from './off-map';

export const PLACES_SOURCE = 'places';

export interface PlaceProperties {
  id: string;
  primary: boolean;
  kind: Place['kind'];
  en: string;
  ar: string;
  /** A secondary place so close to a primary one that its label would sit under that place's marker. */
  nearPrimary: boolean;
}

/** Closer than this to a primary place, a secondary place is labelled only when zoomed in. */
export const NEAR_PRIMARY_KM = 100;
const NEAR_PRIMARY_MINZOOM = 7.5;

/** The places as the map's dots and labels. A place beyond the basemap's box has none: its edge marker names it (lib/map/edge-markers.ts). */
export function placesGeoJson(places: readonly Place[]): FeatureCollection<Point, PlaceProperties> {
  const primary = places.filter((p) => p.primary);
  const nearPrimary = (p: Place) => !p.primary && primary.some((q) => distance(p.coordinates, q.coordinates) < NEAR_PRIMARY_KM);
  return {
    type: 'FeatureCollection',
    features: places.filter((p) => isInsideBox(p.coordinates, BASEMAP_BBOX)).map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: p.coordinates },
      properties: { id: p.id, primary: p.primary, kind: p.kind, en: p.name.en, ar: p.name.ar, nearPrimary: nearPrimary(p) },
    })),
  };
}

/**
 * [west, south, east, north] of the basemap: Iraq, Syria, Kuwait, Jordan and their neighbours, with
 * room for a wide screen around them. The map cannot be panned or zoomed out past it.
 */
export const BASEMAP_BBOX = [24, 20, 64, 44] as const;

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
/** The halo under each primary place's marker. */
export const PRIMARY_HALO = '#1f4e79';
/** Colours the legend shares with the map. */
export const BASEMAP_COLORS = { river: RIVER, province: '#b9b2a5', border: '#8c8478', city: '#6f6a61', place: '#1f2933' } as const;

/** An English name above its Arabic one, each in its own web font. */
function bilingual(separator = '\n'): ExpressionSpecification {
  return ['format', ['get', 'en'], { 'text-font': ['literal', LATIN] }, separator, {}, ['get', 'ar'], { 'text-font': ['literal', ARABIC] }];
}

const isKind = (kind: string): FilterSpecification => ['==', ['get', 'kind'], kind];

/**
 * The basemap's layers, bottom to top. Calm and muted, so that the movement layer stands out on a
 * projector. MapLibre places labels from the top layer down, so country names win over province names.
 */
function basemapLayers(): LayerSpecification[] {
  // Every label is at least 4.5:1 against its halo (lib/map/base-style.test.ts checks it).
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
      paint: { 'line-color': BASEMAP_COLORS.province, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2], 'line-dasharray': [1, 2] },
    },
    { id: 'coast', type: 'line', source: 'countries', paint: { 'line-color': '#9fb3c2', 'line-width': 0.8 } },
    {
      id: 'borders',
      type: 'line',
      source: 'borders',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': BASEMAP_COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 2], 'line-dasharray': [3, 2] },
    },
    {
      id: 'label-province',
      type: 'symbol',
      source: 'labels',
      filter: isKind('province'),
      minzoom: 5.5,
      layout: { 'text-field': bilingual(), 'text-font': LATIN, 'text-size': 12, 'text-line-height': 1.25 },
      paint: { 'text-color': '#6b655b', ...halo },
    },
    {
      id: 'label-country',
      type: 'symbol',
      source: 'labels',
      filter: isKind('country'),
      layout: { 'text-field': bilingual(), 'text-font': LATIN, 'text-size': 17, 'text-letter-spacing': 0.15, 'text-line-height': 1.3 },
      paint: { 'text-color': '#726b60', ...halo },
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
      paint: { 'text-color': '#3f6a87', ...halo },
    },
    {
      id: 'city-dot',
      type: 'circle',
      source: 'labels',
      filter: isKind('city'),
      paint: { 'circle-radius': 3, 'circle-color': BASEMAP_COLORS.city, 'circle-stroke-color': '#f7f6f1', 'circle-stroke-width': 1 },
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

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const isPrimary: ExpressionSpecification = ['==', ['get', 'primary'], true];

function placeLabel(id: string, near: boolean): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: ['all', ['!', isPrimary], ['!=', ['get', 'kind'], 'country'], ['==', ['get', 'nearPrimary'], near]],
    layout: { 'text-field': bilingual(), 'text-font': LATIN, 'text-size': 14, 'text-line-height': 1.25, 'text-anchor': 'top', 'text-offset': [0, 0.6] },
    paint: { 'text-color': '#1f2933', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  };
}

/**
 * The places the sources name. Primary places are HTML buttons (focusable, with their names); here
 * they get a halo. Other places get a dot and, unless they are a whole country (the basemap names
 * countries), a bilingual label that gives way to others where they collide; next to a primary place,
 * only when zoomed in.
 */
function placeLayers(): LayerSpecification[] {
  return [
    {
      id: 'place-halo',
      type: 'circle',
      source: PLACES_SOURCE,
      filter: isPrimary,
      paint: { 'circle-radius': 14, 'circle-color': PRIMARY_HALO, 'circle-opacity': 0.12, 'circle-stroke-width': 1, 'circle-stroke-color': PRIMARY_HALO, 'circle-stroke-opacity': 0.35 },
    },
    {
      id: 'place-dot',
      type: 'circle',
      source: PLACES_SOURCE,
      filter: ['!', isPrimary],
      paint: { 'circle-radius': 4.5, 'circle-color': '#ffffff', 'circle-stroke-color': BASEMAP_COLORS.place, 'circle-stroke-width': 2 },
    },
    placeLabel('place-label', false),
    { ...placeLabel('place-label-near', true), minzoom: NEAR_PRIMARY_MINZOOM },
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
      // Their ids are promoted from properties so that the timeline can set each feature's state.
      [MOVEMENTS_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
      [POINT_EVENTS_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'key' },
      // The heads of the movements under way at the timeline's date: a handful of points at most.
      [MOVEMENT_HEADS_SOURCE]: { type: 'geojson', data: EMPTY },
    },
    layers: [...basemapLayers(), ...movementLayers(MOVEMENTS_SOURCE), movementHeadsLayer(), ...placeLayers(), ...pointEventLayers(POINT_EVENTS_SOURCE)],
  };
}

/**
 * [[west, south], [east, north]] around the given places, as the map draws them: a place beyond the
 * basemap's box counts where it is pinned at the box's edge, so the view never reaches for it.
 */
export function placesBounds(places: readonly Place[]): [[number, number], [number, number]] {
  if (places.length === 0) throw new RangeError('placesBounds needs at least one place');
  const byId = new Map(places.map((p) => [p.id, p]));
  const drawn = places.map((p) => clampPoint(p.id, byId, BASEMAP_BBOX).at);
  const lons = drawn.map((p) => p[0]!);
  const lats = drawn.map((p) => p[1]!);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
